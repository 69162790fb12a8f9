package org.isnad.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.fact.FactType;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * What to know about an entity: its global facts grouped as money in and out (with totals per
 * currency and status over all of them), statements, meetings, roles, ownership, disputes and
 * sanctions, accusations. Organizations named after the entity (its inaugural fund, its
 * campaign) are included as related entities. Each section keeps its best-attested facts
 * (most independent reports first: copies of one wire story count once, then most articles);
 * {@code counts} says how many there are. Rendered by {@link BriefText}.
 */
public record Briefing(List<EntityRef> subjects, List<EntityRef> related, List<EntityRef> with, Map<Group, List<GlobalFact>> groups,
    Map<Group, Integer> counts, Map<Group, Map<String, Double>> totals) {

  /** The sections of a briefing, in reading order. */
  public enum Group { MONEY_OUT, MONEY_IN, STATEMENTS, MEETINGS, ROLES, OWNERSHIP, DISPUTES_AND_SANCTIONS, ACCUSATIONS, OTHER }

  public static final Set<String> MONEY = Set.of("donation", "payment", "investment", "acquisition", "contract", "gift");
  /** Citations shown per fact; the rest are counted. */
  public static final int EVIDENCE_SHOWN = 5;

  /** The briefing with at most {@code limit} facts per section, or null when no entity has the name. */
  public static Briefing of(Store store, String name, String withName, boolean withRelated, int limit) {
    List<EntityRef> subjects = store.findEntities(name);
    if (subjects.isEmpty()) {
      return null;
    }
    List<EntityRef> with = withName == null ? List.of() : store.findEntities(withName);
    if (withName != null && with.isEmpty()) {
      return new Briefing(subjects, List.of(), with, Map.of(), Map.of(), Map.of());
    }
    return of(store, subjects, with, withRelated, limit);
  }

  /**
   * The briefing of entities already found (the first is the subject), keeping only the facts
   * shared with one of {@code with} when it is not empty.
   */
  public static Briefing of(Store store, List<EntityRef> subjects, List<EntityRef> with, boolean withRelated, int limit) {
    List<EntityRef> related = withRelated ? store.related(subjects) : List.of();
    List<Long> ids = Stream.concat(subjects.stream(), related.stream()).map(EntityRef::id).toList();
    List<Store.FactHead> heads = store.heads(ids);
    if (!with.isEmpty()) {
      Set<Long> shared = new HashSet<>();
      store.heads(with.stream().map(EntityRef::id).toList()).forEach(h -> shared.add(h.id()));
      heads = heads.stream().filter(h -> shared.contains(h.id())).toList();
    }
    Map<Group, List<Store.FactHead>> byGroup = new EnumMap<>(Group.class);
    Map<Group, Map<String, Double>> totals = new EnumMap<>(Group.class);
    for (Store.FactHead h : heads) {
      Group g = group(h);
      byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(h);
      if ((g == Group.MONEY_IN || g == Group.MONEY_OUT) && h.amount() != null) {
        String key = h.currency() + " " + (h.status() == null ? "unknown" : h.status());
        totals.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(key, h.amount(), Double::sum);
      }
    }
    Map<Group, Integer> counts = new EnumMap<>(Group.class);
    Map<Long, Group> shown = new LinkedHashMap<>();
    for (Map.Entry<Group, List<Store.FactHead>> g : byGroup.entrySet()) {
      g.getValue().stream()
          .sorted(MOST_REPORTED)
          .limit(limit).forEach(h -> shown.put(h.id(), g.getKey()));
      counts.put(g.getKey(), g.getValue().size());
    }
    // One read for every section's facts.
    Map<Group, List<GlobalFact>> groups = new EnumMap<>(Group.class);
    for (GlobalFact f : store.factsById(new ArrayList<>(shown.keySet()), EVIDENCE_SHOWN)) {
      groups.computeIfAbsent(shown.get(f.id()), k -> new ArrayList<>()).add(f);
    }
    return new Briefing(subjects, related, with, groups, counts, totals);
  }

  /**
   * Most independent reports first (a wire story copied by five outlets is one report, not five),
   * then most evidences, then first stored: the order in which briefs and graphs show facts.
   */
  public static final Comparator<Store.FactHead> MOST_REPORTED = Comparator.comparingInt(Store.FactHead::reports)
      .reversed().thenComparing(Comparator.comparingInt(Store.FactHead::evidences).reversed())
      .thenComparingLong(Store.FactHead::id);

  public static Group group(Store.FactHead h) {
    if (MONEY.contains(h.type())) {
      return h.roles().contains(FactType.fromJson(h.type()).firstRole()) ? Group.MONEY_OUT : Group.MONEY_IN;
    }
    return switch (h.type()) {
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
