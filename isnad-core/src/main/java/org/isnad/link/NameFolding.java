package org.isnad.link;

import java.text.Normalizer;
import java.util.Locale;
import org.isnad.text.ar.ArabicLetters;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * The letter alphabets the transliteration models work in. Latin names become lower-case
 * {@code a-z} (accents and ligatures folded, everything else dropped); Arabic names keep their
 * letters, hamza seats and teh marbuta included, because they carry sound, but lose
 * diacritics, tatweel, invisible controls and Persian/Urdu letter variants. Stateless.
 */
public final class NameFolding {
  private NameFolding() {}

  /** {@code "Rattín-Ćosić"} becomes {@code "rattincosic"}. */
  public static String latinLetters(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = Character.toLowerCase(d.charAt(i));
      if (c >= 'a' && c <= 'z') {
        out.append(c);
        continue;
      }
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ø' -> out.append('o');
        case 'ł' -> out.append('l');
        case 'đ', 'ð' -> out.append('d');
        case 'ı' -> out.append('i');
        case 'þ' -> out.append("th");
        default -> { }
      }
    }
    return out.toString();
  }

  /** Arabic letters only, hamza forms kept: {@code "مُحَمَّـد"} becomes {@code "محمد"}. */
  public static String arabicLetters(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\uFB50' && c <= '\uFEFC') {
        String f = ArabicNormalizer.fold(c);
        if (f != null) {
          out.append(f);
        }
        continue;
      }
      char m = variant(c);
      if (ArabicLetters.isLetter(m) && isModelLetter(m)) {
        out.append(m);
      }
    }
    return out.toString();
  }

  /** True for a letter the models know: the Arabic alphabet proper, hamza forms included. */
  static boolean isModelLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != ArabicLetters.TATWEEL;
  }

  /** Persian and Urdu letters to the Arabic letter a news writer would use. */
  private static char variant(char c) {
    return switch (c) {
      case '\u06CC', '\u06D0' -> '\u064A'; // farsi yeh -> yeh
      case '\u06A9', '\u06AA' -> '\u0643'; // keheh -> kaf
      case '\u06C1', '\u06BE', '\u06D5' -> '\u0647'; // heh goal, heh doachashmee, ae -> heh
      case '\u067E' -> '\u0628'; // peh -> beh
      case '\u0686' -> '\u062C'; // tcheh -> jeem
      case '\u06A4', '\u06A5' -> '\u0641'; // veh -> feh
      case '\u06AF' -> '\u063A'; // gaf -> ghain, as in زوكربيرغ
      case '\u06A8', '\u06A7' -> '\u0642'; // maghrebi qaf -> qaf
      case '\u0671' -> '\u0627'; // alef wasla -> alef
      default -> c;
    };
  }

  /** Capitalizes the first letter of each hyphen- or apostrophe-separated part after "al-". */
  static String capitalize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
