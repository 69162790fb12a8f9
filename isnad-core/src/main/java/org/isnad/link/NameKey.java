package org.isnad.link;

import java.util.Locale;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * The key two surface forms of one name share: folded, lower-cased, punctuation dropped,
 * a leading ال dropped from each word, spaces folded (the same folding the scorer uses).
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    String n = ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (String w : n.split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("ال") && w.length() > 3) {
        w = w.substring(2);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
    }
    return out.toString();
  }

  /** The words of a key. */
  public static String[] words(String key) {
    return key.isEmpty() ? new String[0] : key.split(" ");
  }
}
