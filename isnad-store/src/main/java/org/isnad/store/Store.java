package org.isnad.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.fact.Extraction;

/**
 * Where extracted articles and their facts are kept, and merged across articles: document
 * entities resolve to global {@link EntityRef entities}, the same fact in several articles
 * is one {@link GlobalFact} with one evidence per article. SQLite is the default,
 * PostgreSQL behaves the same. Implementations are safe to use from one thread at a time.
 */
public interface Store extends AutoCloseable {

  /** What happened to one article offered to the store. */
  enum Outcome { ADDED, UNCHANGED }

  /**
   * Opens the store a command line names: {@code postgresql://host:port/db[?currentSchema=s]}
   * (also {@code jdbc:postgresql:} and {@code postgres://}), otherwise an SQLite file path.
   */
  static Store open(String spec) {
    if (spec.startsWith("postgresql://") || spec.startsWith("postgres://") || spec.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(spec);
    }
    return SqliteStore.open(Path.of(spec));
  }

  /**
   * Stores one article's extraction and merges it into the global entities and facts, in a
   * single transaction: all of it or nothing. An article whose text is already stored (same
   * SHA-256) is left as it is.
   */
  default Outcome put(Extraction x, String path) {
    return put(x, path, null);
  }

  /**
   * As {@link #put(Extraction, String)}, with the article's place among near-copies of one
   * story (null: a story of its own, no signature kept).
   */
  Outcome put(Extraction x, String path, Story story);

  /**
   * Where an article stands among copies of one wire story: {@code firstCopy} is the key
   * ({@link #key}) of the first stored copy it repeats, null when it repeats none; {@code
   * minhash} is its near-duplicate signature, kept so that later ingests find its copies (null
   * when the text is too short to compare).
   */
  record Story(String firstCopy, String minhash) {}

  /** The key an article is stored under: the SHA-256 of its text, in hex. */
  static String key(String text) {
    return JdbcStore.sha256(text);
  }

  /** Every stored near-duplicate signature, in ingest order, a page at a time. */
  default void forEachSignature(java.util.function.Consumer<Signed> action) {
    forEachSignature(0, action);
  }

  /**
   * The stored near-duplicate signatures of articles stored after the one with row id {@code after}
   * (0: all), in ingest order, a page at a time: what another process added since the last look.
   */
  void forEachSignature(long after, java.util.function.Consumer<Signed> action);

  /**
   * A stored article's row id (ingest order), its key, the key of its story's first copy (its
   * own when it is the first), and its signature.
   */
  record Signed(long id, String key, String firstCopy, String minhash) {}

  /** The number of stored articles. */
  int documentCount();

  /** Stored document facts, in article order, as readable one-line summaries. */
  List<FactRow> facts(int limit);

  /** One stored fact with its participants' names, for display. */
  record FactRow(String docId, String factId, String type, String summary, String status, String attribution) {}

  /**
   * The global entities a name denotes, in Arabic or English, by any alias: exact folded
   * names first; failing that, the cross-script skeleton of the name. Most-cited first.
   */
  List<EntityRef> findEntities(String name);

  /**
   * Organizations named after one of the entities (a person's surname, an organization's
   * one-word name): Trump's inaugural fund and Trump's campaign for Trump; the ten most
   * cited. For briefings; never used to resolve entities.
   */
  List<EntityRef> related(List<EntityRef> entities);

  /**
   * Entities for a search box: what {@link #findEntities} finds for the whole text, then
   * entities with a name or alias that contains it (folded as names are); most-cited first.
   */
  List<EntityRef> searchEntities(String text, int limit);

  /** The global entity with this id, or null. */
  EntityRef entity(long id);

  /** The first stored article with this id, with its text, entities and facts, or null. */
  StoredDocument document(String docId);

  /** The last stored articles, newest first. */
  List<StoredDocument.Ref> recentDocuments(int limit);

  /** Global facts one of the entities takes part in, optionally of one type and time range. */
  List<GlobalFact> facts(Query q);

  /**
   * The facts the entities take part in, light: no names, no evidence. Enough to group and
   * total a briefing before loading the few facts it shows.
   */
  List<FactHead> heads(List<Long> entityIds);

  /**
   * A fact in brief: its merged values, its evidence count, how many of those are independent
   * reports (copies of one wire story count once), and the roles the asked entities fill in it.
   */
  record FactHead(long id, String type, Double amount, String currency, String status, int evidences,
      java.util.Set<String> roles, int reports) {
    public FactHead(long id, String type, Double amount, String currency, String status, int evidences,
        java.util.Set<String> roles) {
      this(id, type, amount, currency, status, evidences, roles, evidences);
    }
  }

  /**
   * What a brief of these entities shows, read from the store's brief index (tables {@code
   * entity_facts} and {@code entity_totals}, kept with the facts) instead of from every fact: per
   * {@link Sections section}, how many facts the entities take part in, the totals of their
   * amounts per currency and status (in the order their first facts were stored), and the {@code
   * limit} facts with the most independent reports ({@link Sections#MOST_REPORTED}). The same as
   * grouping and totalling {@link #heads} of the entities, at a cost that does not grow with them.
   */
  BriefSummary briefSummary(List<Long> entityIds, int limit);

  /**
   * A brief's sections, each keyed by its {@link Sections section} name: fact counts, totals by
   * "CURRENCY status" (only money sections with amounts), and the ids of the best-attested facts, best first.
   */
  record BriefSummary(java.util.Map<String, Integer> counts, java.util.Map<String, java.util.Map<String, Double>> totals,
      java.util.Map<String, List<Long>> top) {}

  /** Whole facts by id, in that order, each with at most {@code maxEvidence} evidences (0: all), first stored first. */
  List<GlobalFact> factsById(List<Long> factIds, int maxEvidence);

  /** What {@link #facts(Query)} selects; null fields select everything. Dates are inclusive. */
  record Query(List<Long> entityIds, String type, LocalDate from, LocalDate to, int limit) {
    public Query {
      entityIds = entityIds == null ? null : List.copyOf(entityIds);
    }
  }

  /**
   * Streams global entities for exports, in id order, a chunk at a time, each with the roles it
   * fills in any fact. {@code ids} null: every entity.
   */
  void forEachEntity(java.util.Collection<Long> ids, java.util.function.Consumer<ExportEntity> action);

  /** An entity and the roles (donor, owned, ...) it fills in the stored facts. */
  record ExportEntity(EntityRef entity, java.util.Set<String> roles) {}

  /**
   * Streams whole facts with every evidence for exports, in id order, a chunk at a time.
   * {@code entityIds} null: every fact; otherwise the facts those entities take part in.
   */
  void forEachFact(List<Long> entityIds, java.util.function.Consumer<GlobalFact> action);

  /**
   * Records that two names denote one entity and resolves every article again. The choice is
   * kept in the {@code overrides} table and applied to every later ingest.
   */
  void merge(String nameA, String nameB);

  /** Records that entity {@code localId} of article {@code docId} is an entity of its own, then resolves again. */
  void split(String docId, String localId);

  /** Resolves every stored article again from its stored JSON, applying the overrides. */
  void rebuild();

  /**
   * Every table's rows, ids included, sorted, without the ingest times: two stores that
   * hold the same articles ingested in the same order give the same dump.
   */
  String canonicalDump();

  @Override
  void close();
}
