package org.isnad.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * What to know about an entity: its global facts grouped as money in and out (with totals per
 * currency and status over all of them), statements, meetings, roles, ownership, disputes and
 * sanctions, accusations. Organizations named after the entity (its inaugural fund, its
 * campaign) are included as related entities. Each section keeps its best-attested facts
 * (most articles first); {@code counts} says how many there are. Rendered by {@link BriefText}.
 */
record Briefing(List<EntityRef> subjects, List<EntityRef> related, List<EntityRef> with, Map<Group, List<GlobalFact>> groups,
    Map<Group, Integer> counts, Map<Group, Map<String, Double>> totals) {

  /** The sections of a briefing, in reading order. */
  enum Group { MONEY_OUT, MONEY_IN, STATEMENTS, MEETINGS, ROLES, OWNERSHIP, DISPUTES_AND_SANCTIONS, ACCUSATIONS, OTHER }

  static final Set<String> MONEY = Set.of("donation", "payment", "investment", "acquisition", "contract", "gift");
  /** Citations shown per fact; the rest are counted. */
  static final int EVIDENCE_SHOWN = 5;

  /** The briefing with at most {@code limit} facts per section, or null when no entity has the name. */
  static Briefing of(Store store, String name, String withName, boolean withRelated, int limit) {
    List<EntityRef> subjects = store.findEntities(name);
    if (subjects.isEmpty()) {
      return null;
    }
    List<EntityRef> with = withName == null ? List.of() : store.findEntities(withName);
    if (withName != null && with.isEmpty()) {
      return new Briefing(subjects, List.of(), with, Map.of(), Map.of(), Map.of());
    }
    List<EntityRef> related = withRelated ? store.related(subjects) : List.of();
    List<Long> ids = Stream.concat(subjects.stream(), related.stream()).map(EntityRef::id).toList();
    Map<Group, Integer> counts = new EnumMap<>(Group.class);
    Map<Group, Map<String, Double>> totals = new EnumMap<>(Group.class);
    Map<Long, Group> shown = new LinkedHashMap<>();
    for (Store.Section sec : store.sections(ids, with.stream().map(EntityRef::id).toList(), limit)) {
      Group g = Group.valueOf(sec.group());
      counts.put(g, sec.count());
      if (!sec.totals().isEmpty()) {
        totals.put(g, new java.util.TreeMap<>(sec.totals()));
      }
      sec.top().forEach(id -> shown.put(id, g));
    }
    // One read for every section's facts.
    Map<Group, List<GlobalFact>> groups = new EnumMap<>(Group.class);
    for (GlobalFact f : store.factsById(new ArrayList<>(shown.keySet()), EVIDENCE_SHOWN)) {
      groups.computeIfAbsent(shown.get(f.id()), k -> new ArrayList<>()).add(f);
    }
    return new Briefing(subjects, related, with, groups, counts, totals);
  }
}
