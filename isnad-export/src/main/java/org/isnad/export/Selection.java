package org.isnad.export;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * What an export covers: every entity and fact of a store, or the facts of some entities and
 * everyone who takes part in them. Reads the store a chunk at a time; keeps only ids.
 */
public final class Selection {
  private final Store store;
  private final List<Long> around;
  private Set<Long> participants;

  private Selection(Store store, List<Long> around) {
    this.store = store;
    this.around = around == null ? null : List.copyOf(around);
  }

  /** The whole store. */
  public static Selection all(Store store) {
    return new Selection(store, null);
  }

  /** The facts the entities take part in, and every entity in those facts. */
  public static Selection around(Store store, List<Long> entityIds) {
    return new Selection(store, entityIds);
  }

  /** The entities, in id order, each with the roles it fills anywhere in the store. */
  void entities(Consumer<Store.ExportEntity> action) {
    store.forEachEntity(around == null ? null : participants(), action);
  }

  /** The facts, in id order, each with every evidence. */
  void facts(Consumer<GlobalFact> action) {
    store.forEachFact(around, action);
  }

  private Set<Long> participants() {
    if (participants == null) {
      Set<Long> ids = new TreeSet<>(around);
      store.forEachFact(around, f -> f.roles().values().forEach(es -> es.forEach(e -> ids.add(e.id()))));
      participants = ids;
    }
    return participants;
  }

  /** Every entity of a fact, role by role in the fact's order. */
  static List<EntityRef> everyone(GlobalFact f) {
    return f.roles().values().stream().flatMap(List::stream).distinct().toList();
  }
}
