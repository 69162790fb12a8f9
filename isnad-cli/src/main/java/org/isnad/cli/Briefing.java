package org.isnad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * What to know about an entity: its global facts grouped as money in and out (with totals per
 * currency and status), statements, meetings, roles, ownership, disputes and sanctions,
 * accusations. Organizations named after the entity (its inaugural fund, its campaign) are
 * included as related entities. Built from a store; rendered by {@link BriefText}.
 */
record Briefing(List<EntityRef> subjects, List<EntityRef> related, List<EntityRef> with, Map<Group, List<GlobalFact>> groups,
    Map<Group, Map<String, Double>> totals) {

  /** The sections of a briefing, in reading order. */
  enum Group { MONEY_OUT, MONEY_IN, STATEMENTS, MEETINGS, ROLES, OWNERSHIP, DISPUTES_AND_SANCTIONS, ACCUSATIONS, OTHER }

  static final Set<String> MONEY = Set.of("donation", "payment", "investment", "acquisition", "contract", "gift");

  /** The briefing, or null when no entity has the name. */
  static Briefing of(Store store, String name, String withName, boolean withRelated) {
    List<EntityRef> subjects = store.findEntities(name);
    if (subjects.isEmpty()) {
      return null;
    }
    List<EntityRef> with = withName == null ? List.of() : store.findEntities(withName);
    if (withName != null && with.isEmpty()) {
      return new Briefing(subjects, List.of(), with, Map.of(), Map.of());
    }
    List<EntityRef> related = withRelated ? store.related(subjects) : List.of();
    List<Long> ids = java.util.stream.Stream.concat(subjects.stream(), related.stream()).map(EntityRef::id).toList();
    List<Long> withIds = with.stream().map(EntityRef::id).toList();
    Map<Group, List<GlobalFact>> groups = new LinkedHashMap<>();
    Map<Group, Map<String, Double>> totals = new LinkedHashMap<>();
    for (GlobalFact f : store.facts(new Store.Query(ids, null, null, null, 0))) {
      if (!withIds.isEmpty() && f.roles().values().stream().flatMap(List::stream).noneMatch(e -> withIds.contains(e.id()))) {
        continue;
      }
      Group g = group(f, ids);
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
      if ((g == Group.MONEY_IN || g == Group.MONEY_OUT) && f.amount() != null) {
        String key = f.currency() + " " + (f.status() == null ? "unknown" : f.status());
        totals.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(key, f.amount(), Double::sum);
      }
    }
    Map<Group, List<GlobalFact>> ordered = new LinkedHashMap<>();
    for (Group g : Group.values()) {
      if (groups.containsKey(g)) {
        ordered.put(g, groups.get(g));
      }
    }
    return new Briefing(subjects, related, with, ordered, totals);
  }

  static Group group(GlobalFact f, List<Long> subject) {
    if (MONEY.contains(f.type())) {
      String first = org.isnad.fact.FactType.fromJson(f.type()).firstRole();
      boolean gives = f.role(first).stream().anyMatch(e -> subject.contains(e.id()));
      return gives ? Group.MONEY_OUT : Group.MONEY_IN;
    }
    return switch (f.type()) {
      case "statement", "no_comment" -> Group.STATEMENTS;
      case "meeting" -> Group.MEETINGS;
      case "role" -> Group.ROLES;
      case "ownership" -> Group.OWNERSHIP;
      case "dispute", "competition", "sanction", "policy" -> Group.DISPUTES_AND_SANCTIONS;
      case "accusation" -> Group.ACCUSATIONS;
      default -> Group.OTHER;
    };
  }
}
