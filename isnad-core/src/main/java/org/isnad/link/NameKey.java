package org.isnad.link;

import java.util.Locale;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * The key two surface forms of one name share: folded, lower-cased, punctuation dropped,
 * a leading ال dropped from each word, spaces folded (the same folding the scorer uses).
 */
public final class NameKey {
  /** Heads dropped from the front of a name, as the scorer drops شركه, صحيفه and مؤسسه. */
  private static final java.util.Set<String> HEADS = java.util.Set.of("شركه", "صحيفه", "موسسه", "مجموعه", "جريده",
      "company", "the");

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
      if (out.length() == 0 && HEADS.contains(w)) {
        continue; // شركة ميتا and ميتا are one name
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
