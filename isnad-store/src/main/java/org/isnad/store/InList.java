package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code IN (?,?,...)} lists of a few lengths only: a list is padded with its last value to the
 * next power of two (at least 8), so that one prepared statement per length serves every read
 * ({@link StatementCache} keeps 256) instead of one per list size, each parsed again.
 */
final class InList {
  private InList() {}

  /** The values, the last repeated up to the padded length; at least one value. */
  static <T> List<T> padded(List<T> values) {
    int n = Math.max(8, Integer.highestOneBit(Math.max(1, values.size() - 1)) << 1);
    List<T> out = new ArrayList<>(n);
    out.addAll(values);
    while (out.size() < n) {
      out.add(values.get(values.size() - 1));
    }
    return out;
  }

  /** Binds the ids to the placeholders from {@code from} on. */
  static void bind(PreparedStatement p, int from, List<Long> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      p.setLong(from + i, ids.get(i));
    }
  }

  /** {@code n} placeholders, comma-separated. */
  static String marks(int n) {
    return "?,".repeat(Math.max(0, n - 1)) + "?";
  }
}
