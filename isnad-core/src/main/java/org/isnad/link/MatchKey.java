package org.isnad.link;

import java.util.Locale;

/**
 * A coarse consonant skeleton for matching a name across Arabic and Latin script. Vowels,
 * the letters that often write vowels (ا و ي, w y), and laryngeals (ه ح ع ء, h) are dropped;
 * the rest fall into classes that absorb the usual spelling choices: g, j, ج and غ are one
 * class (Zuckerberg is written زوكربيرغ and زوكربيرج), s, z, sh, ch, س ص ز ش are one class,
 * t, th, ط ث another, v, f, ph and ف another; repeats collapse. A leading article (ال, al-,
 * el-) is dropped. Words are keyed apart and joined by a space. Stateless.
 */
final class MatchKey {
  private MatchKey() {}

  static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("[\\s\u00A0]+")) {
      String k = hasArabic(word) ? arabic(NameFolding.arabicLetters(word)) : latin(word);
      if (!k.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(k);
      }
    }
    return out.toString();
  }

  private static boolean hasArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFC') {
        return true;
      }
    }
    return false;
  }

  static String arabic(String w) {
    if (w.startsWith("\u0627\u0644") && w.length() >= 5) {
      w = w.substring(2);
    }
    StringBuilder k = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\u062A' && i + 1 < w.length() && w.charAt(i + 1) == '\u0634') {
        continue; // تش writes the sound of ch: keyed as ش alone
      }
      add(k, arabicClass(c));
    }
    return k.toString();
  }

  private static char arabicClass(char c) {
    return switch (c) {
      case 'ب' -> 'B';
      case 'ت', 'ط', 'ث' -> 'T';
      case 'د', 'ض', 'ذ' -> 'D';
      case 'ج', 'غ' -> 'G';
      case 'ق', 'ك', 'خ' -> 'K';
      case 'س', 'ص', 'ز', 'ش', 'ظ' -> 'S';
      case 'ف' -> 'F';
      case 'ل' -> 'L';
      case 'ر' -> 'R';
      case 'م' -> 'M';
      case 'ن' -> 'N';
      default -> 0;
    };
  }

  static String latin(String word) {
    String w = word.toLowerCase(Locale.ROOT)
        .replace("č", "ch").replace("ć", "ch").replace("ç", "ch")
        .replace("š", "sh").replace("ş", "sh").replace("ž", "zh");
    if (w.length() > 3 && (w.startsWith("al-") || w.startsWith("el-"))) {
      w = w.substring(3);
    }
    w = NameFolding.latinLetters(w);
    if (w.endsWith("vic")) {
      w = w + "h"; // -ović, -ević written without the accent: the c is still tch (تش)
    }
    StringBuilder k = new StringBuilder(w.length());
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      char n = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      char n2 = i + 2 < w.length() ? w.charAt(i + 2) : 0;
      if (w.startsWith("tsch", i)) {
        add(k, 'S');
        i += 4;
      } else if (w.startsWith("sch", i) || w.startsWith("tch", i)) {
        add(k, 'S');
        i += 3;
      } else if (n == 'h' && "csktgdpz".indexOf(c) >= 0) {
        add(k, digraph(c, n2));
        i += 2;
      } else if (c == 'c' && n == 'k') {
        add(k, 'K');
        i += 2;
      } else if (c == 'x') {
        add(k, 'K');
        add(k, 'S');
        i++;
      } else {
        add(k, c == 'c' ? (n == 'e' || n == 'i' || n == 'y' ? 'S' : 'K') : latinClass(c));
        i++;
      }
    }
    return k.toString();
  }

  private static char digraph(char c, char after) {
    return switch (c) {
      case 'c' -> after == 'r' || after == 'l' ? 'K' : 'S'; // Christopher, but Charles
      case 's' -> 'S';
      case 'k' -> 'K';
      case 't' -> 'T';
      case 'g', 'z' -> 'G'; // gh as غ, zh as ج
      case 'd' -> 'D';
      case 'p' -> 'F';
      default -> 0;
    };
  }

  private static char latinClass(char c) {
    return switch (c) {
      case 'b', 'p' -> 'B';
      case 't' -> 'T';
      case 'd' -> 'D';
      case 'g', 'j' -> 'G';
      case 'k', 'q' -> 'K';
      case 's', 'z' -> 'S';
      case 'f', 'v' -> 'F';
      case 'l' -> 'L';
      case 'r' -> 'R';
      case 'm' -> 'M';
      case 'n' -> 'N';
      default -> 0;
    };
  }

  private static void add(StringBuilder k, char cls) {
    if (cls != 0 && (k.length() == 0 || k.charAt(k.length() - 1) != cls)) {
      k.append(cls);
    }
  }
}
