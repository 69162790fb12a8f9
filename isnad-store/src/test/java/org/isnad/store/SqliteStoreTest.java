package org.isnad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an SQLite file. */
class SqliteStoreTest extends StoreContract {
  @TempDir
  Path dir;

  @Override
  Store openFresh() {
    return Store.open(dir.resolve("isnad.db").toString());
  }
}
