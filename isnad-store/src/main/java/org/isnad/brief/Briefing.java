package org.isnad.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Sections;
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
    if (!with.isEmpty()) {
      return fromHeads(store, subjects, related, with, limit);
    }
    // Counts, totals and each section's best facts from the store's brief index: a few rows per
    // entity, however many facts it has.
    List<Long> ids = Stream.concat(subjects.stream(), related.stream()).map(EntityRef::id).toList();
    Store.BriefSummary summary = store.briefSummary(ids, Math.max(0, limit));
    Map<Group, Integer> counts = new EnumMap<>(Group.class);
    summary.counts().forEach((section, n) -> counts.put(group(section), n));
    Map<Group, Map<String, Double>> totals = new EnumMap<>(Group.class);
    summary.totals().forEach((section, t) -> totals.put(group(section), t));
    Map<Group, List<Long>> top = new EnumMap<>(Group.class);
    summary.top().forEach((section, t) -> top.put(group(section), t));
    Map<Long, Group> shown = new LinkedHashMap<>();
    top.forEach((g, factIds) -> factIds.forEach(id -> shown.put(id, g)));
    return new Briefing(subjects, related, List.of(), load(store, shown), counts, totals);
  }

  /**
   * The briefing computed from the heads of every fact of the entities: for facts shared with
   * {@code with}, and the reference that {@link Store#briefSummary} must agree with.
   */
  public static Briefing fromHeads(Store store, List<EntityRef> subjects, List<EntityRef> related, List<EntityRef> with,
      int limit) {
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
    return new Briefing(subjects, related, with, load(store, shown), counts, totals);
  }

  /** One read for every section's facts. */
  private static Map<Group, List<GlobalFact>> load(Store store, Map<Long, Group> shown) {
    Map<Group, List<GlobalFact>> groups = new EnumMap<>(Group.class);
    for (GlobalFact f : store.factsById(new ArrayList<>(shown.keySet()), EVIDENCE_SHOWN)) {
      groups.computeIfAbsent(shown.get(f.id()), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }

  /**
   * Most independent reports first (a wire story copied by five outlets is one report, not five),
   * then most evidences, then first stored: the order in which briefs and graphs show facts.
   */
  public static final Comparator<Store.FactHead> MOST_REPORTED = Sections.MOST_REPORTED;

  /** The section of a fact, for the entities whose roles in it the head has ({@link Sections#of}). */
  public static Group group(Store.FactHead h) {
    return group(Sections.of(h.type(), h.roles()));
  }

  private static Group group(String section) {
    return Group.valueOf(section.toUpperCase(Locale.ROOT));
  }
}
