package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an SQLite file. */
class SqliteStoreTest extends StoreContract {
  @TempDir
  Path dir;

  @Override
  Store openFresh() {
    return Store.open(dir.resolve("isnad.db").toString());
  }

  @Test
  void aStoreFromBeforeNearDuplicatesIsUpgradedOnOpen() throws Exception {
    store.put(amazonDonation("old1", "en", "Reuters", 1e6, "planned"), null);
    store.put(amazonDonation("old2", "en", "Gulf Daily", 1e6, "planned"), null);
    store.close();
    // What schema version 2 had: no stories, no signatures, no report counts.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db")); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE documents DROP COLUMN story");
      s.execute("ALTER TABLE documents DROP COLUMN minhash");
      s.execute("ALTER TABLE facts DROP COLUMN reports");
    }
    store = openFresh();
    assertThat(store.facts(new Store.Query(null, null, null, null, 0))).extracting(GlobalFact::reports).containsExactly(2);
    store.put(amazonDonation("new", "en", "Al Arabiya", 1e6, "planned"), null,
        new Store.Story(Store.key(amazonDonation("old1", "en", "Reuters", 1e6, "planned").doc().text()), "sig"));
    GlobalFact f = store.facts(new Store.Query(null, null, null, null, 0)).get(0);
    assertThat(f.evidences()).isEqualTo(3);
    assertThat(f.reports()).isEqualTo(2);
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::outlet).contains("Al Arabiya");
    assertThat(store.documentCount()).isEqualTo(3);
    assertThat(List.of(store.canonicalDump())).isNotEmpty();
  }

  @Test
  void aStoreFromBeforeTheBriefIndexGetsItOnOpen() throws Exception {
    Synthetic corpus = new Synthetic(40, 3);
    for (int i = 0; i < 60; i++) {
      store.put(corpus.article(i), null);
    }
    String dump = store.canonicalDump();
    store.close();
    // What schema version 3 had: no brief index.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db")); Statement s = c.createStatement()) {
      s.execute("DROP TABLE entity_facts");
      s.execute("DROP TABLE entity_totals");
    }
    store = openFresh();
    assertThat(store.canonicalDump()).isEqualTo(dump);
    long id = store.findEntities(corpus.englishName(0)).get(0).id();
    assertThat(store.briefSummary(List.of(id), 5).counts()).isNotEmpty();
  }
}
