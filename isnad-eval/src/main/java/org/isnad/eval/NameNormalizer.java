package org.isnad.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * score.py's {@code normalize()}, character for character: NFKC; Arabic diacritics and tatweel
 * dropped; hamza seats, alef maqsura and teh marbuta folded; Python's {@code lower()}; every
 * character that is not Python's {@code \w} or {@code \s} turned into a space; a leading "ال"
 * dropped from words longer than three code points; the heads شركه صحيفه موسسه dropped from
 * the front. Python's {@code \w} is letters, anything with a numeric value, and "_", which is
 * not Java's {@code UNICODE_CHARACTER_CLASS} (that one also takes combining marks), hence the
 * explicit predicates. ICU supplies the Unicode tables. Stateless and thread-safe.
 */
final class NameNormalizer {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  private static final Set<String> HEADS = Set.of("شركه", "صحيفه", "موسسه");

  private NameNormalizer() {}

  static String normalize(String text) {
    String s = NFKC.normalize(text == null ? "" : text);
    StringBuilder folded = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (!isDiacritic(c)) {
        folded.appendCodePoint(fold(c));
      }
    });
    String lower = UCharacter.toLowerCase(ULocale.ROOT, folded.toString());
    StringBuilder spaced = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> spaced.appendCodePoint(isWord(c) || Py.isSpace(c) ? c : ' '));
    List<String> words = new ArrayList<>();
    for (String word : split(spaced.toString())) {
      if (word.startsWith("ال") && word.codePointCount(0, word.length()) > 3) {
        word = word.substring(2);
      }
      words.add(word);
    }
    int first = 0;
    while (first < words.size() && HEADS.contains(words.get(first))) {
      first++;
    }
    return String.join(" ", words.subList(first, words.size()));
  }

  /** {@code set(normalize(text).split())}, in first-seen order. */
  static Set<String> words(String text) {
    return new LinkedHashSet<>(split(normalize(text)));
  }

  /** Word-set Jaccard, 0.0 when either side has no words. */
  static double jaccard(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0.0;
    }
    Set<String> union = new LinkedHashSet<>(wa);
    union.addAll(wb);
    int common = wa.size() + wb.size() - union.size();
    return (double) common / union.size();
  }

  /** {@code str.split()} with no argument: runs of Python whitespace, no empty words. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Py.isSpace(c)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static boolean isDiacritic(int c) {
    return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
        || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
  }

  private static int fold(int c) {
    return switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ى', 'ئ' -> 'ي';
      case 'ة' -> 'ه';
      case 'ؤ' -> 'و';
      default -> c;
    };
  }

  /** Python's {@code \w}: {@code str.isalnum()} or "_". */
  static boolean isWord(int c) {
    if (c == '_') {
      return true;
    }
    int t = UCharacter.getType(c);
    if (t == ECharacterCategory.UPPERCASE_LETTER || t == ECharacterCategory.LOWERCASE_LETTER
        || t == ECharacterCategory.TITLECASE_LETTER || t == ECharacterCategory.MODIFIER_LETTER
        || t == ECharacterCategory.OTHER_LETTER) {
      return true;
    }
    return UCharacter.getIntPropertyValue(c, UProperty.NUMERIC_TYPE) != UCharacter.NumericType.NONE;
  }
}
