package org.isnad.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection whose {@code prepareStatement(sql)} reuses one prepared statement per SQL text,
 * so the forty-odd statements of one article are parsed once per store, not once per article.
 * Closing a cached statement only clears it; the connection's close closes them all.
 */
final class StatementCache {
  private static final int SIZE = 256;

  private StatementCache() {}

  static Connection wrap(Connection c) {
    Map<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
        if (size() > SIZE) {
          try {
            eldest.getValue().unwrap(PreparedStatement.class).close();
          } catch (SQLException ignored) {
            // an evicted statement that will not close is the driver's to collect
          }
          return true;
        }
        return false;
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, m, args) -> {
          if (m.getName().equals("prepareStatement") && args.length == 1) {
            String sql = (String) args[0];
            PreparedStatement p = cache.get(sql);
            if (p == null) {
              p = reusable(c.prepareStatement(sql));
              cache.put(sql, p);
            }
            return p;
          }
          if (m.getName().equals("close")) {
            for (PreparedStatement p : cache.values()) {
              p.unwrap(PreparedStatement.class).close();
            }
            cache.clear();
          }
          return invoke(m, c, args);
        });
  }

  private static PreparedStatement reusable(PreparedStatement real) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
          switch (m.getName()) {
            case "close" -> {
              real.clearParameters();
              real.clearBatch();
              return null;
            }
            case "unwrap" -> {
              return real;
            }
            default -> {
              return invoke(m, real, args);
            }
          }
        });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
