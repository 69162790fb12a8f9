package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Token;
import org.isnad.text.ar.Proclitics;

/**
 * Names given as examples of a class: "شركات أخرى، مثل أكمي، غلوبكس، وإنيتك" (companies such as
 * ...), "من بينها ..." (among them). The class noun says what they are, the commas and و say
 * where each ends, so a brand the tagger has never seen is still a name here. Arabic only:
 * English names are capitalized and {@link NameRules} finds them.
 */
public final class ListedNames implements MentionFinder {
  /** Folded plural class nouns, without the article, and the type of what they list. */
  private static final Map<String, EntityType> CLASSES = Map.ofEntries(
      Map.entry("شركات", EntityType.ORGANIZATION), Map.entry("موسسات", EntityType.ORGANIZATION),
      Map.entry("جهات", EntityType.ORGANIZATION), Map.entry("منظمات", EntityType.ORGANIZATION),
      Map.entry("صناديق", EntityType.ORGANIZATION), Map.entry("بنوك", EntityType.ORGANIZATION),
      Map.entry("مصارف", EntityType.ORGANIZATION), Map.entry("مجموعات", EntityType.ORGANIZATION),
      Map.entry("منصات", EntityType.ORGANIZATION), Map.entry("صحف", EntityType.ORGANIZATION),
      Map.entry("وسايل", EntityType.ORGANIZATION), Map.entry("جمعيات", EntityType.ORGANIZATION),
      Map.entry("عمالقه", EntityType.ORGANIZATION), Map.entry("علامات", EntityType.ORGANIZATION),
      Map.entry("دول", EntityType.PLACE), Map.entry("بلدان", EntityType.PLACE),
      Map.entry("شخصيات", EntityType.PERSON), Map.entry("مليارديرات", EntityType.PERSON),
      Map.entry("اثرياء", EntityType.PERSON), Map.entry("رجال", EntityType.PERSON),
      Map.entry("قاده", EntityType.PERSON), Map.entry("روساء", EntityType.PERSON),
      Map.entry("مديرين", EntityType.PERSON), Map.entry("مديري", EntityType.PERSON),
      Map.entry("مانحين", EntityType.PERSON), Map.entry("مانحون", EntityType.PERSON),
      Map.entry("متبرعين", EntityType.PERSON), Map.entry("متبرعون", EntityType.PERSON));
  /** Folded words that open the list: مثل، منها، من بينها، بينها، على غرار. */
  private static final Set<String> MARKERS = Set.of("مثل", "منها", "منهم", "بينها", "بينهم", "غرار", "هي", "هم");
  /** Folded Arabic spellings of Latin letters, as in transliterated acronyms (إي آي، بي إم). */
  static final Set<String> LETTER_NAMES = Set.of("اي", "بي", "سي", "دي", "اف", "جي", "اتش", "ام", "كيو", "ار",
      "اس", "تي", "يو", "دبليو", "اكس", "واي", "زد", "كي");
  private static final int MAX_WORDS = 4;
  /** A word seen this often in running text is an ordinary word, not part of a listed name. */
  private static final int COMMON = 20;
  private static final int WINDOW = 8;

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    if (!doc.isArabic()) {
      return out;
    }
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      EntityType dual = dualOf(tokens.get(i));
      if (dual != null) {
        i = readList(doc, tokens, i + 1, dual, out) - 1; // "شركتا أكمي وغلوبكس": the two companies
        continue;
      }
      if (eachOf(tokens, i)) {
        int before = out.size();
        i = readList(doc, tokens, i + 2, EntityType.OTHER, out) - 1; // "كل من أوراكل وسيلفر ليك": each of
        // "وصندوق X الاستثماري": a name with a head noun is the head-noun finder's, which types it
        List<Mention> added = out.subList(before, out.size());
        added.removeIf(m -> {
          Token first = tokens.get(doc.tokenAt(m.span().start()));
          return first.kind() == Token.Kind.ARABIC && HeadNounsAccess.isHead(first.stem());
        });
        continue;
      }
      EntityType type = classOf(tokens.get(i));
      if (type == null) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + WINDOW); k++) {
        Token t = tokens.get(k);
        if (t.kind() == Token.Kind.PUNCT && !isComma(t)) {
          break;
        }
        String w = t.kind() == Token.Kind.ARABIC ? Proclitics.strip(t.norm()) : "";
        boolean beforeMarker = k + 1 < tokens.size() && MARKERS.contains(Proclitics.strip(tokens.get(k + 1).norm()));
        if (ArabicWords.isFunction(w) && !MARKERS.contains(w) && !beforeMarker) {
          break; // "شركات في قطاعات مثل الطاقة": the examples are of something else
        }
        if (t.kind() == Token.Kind.ARABIC && MARKERS.contains(Proclitics.strip(t.norm()))) {
          i = readList(doc, tokens, k + 1, type, out) - 1;
          break;
        }
      }
    }
    return out;
  }

  /** Folded dual class nouns: the two names follow without a marker. */
  private static final Map<String, EntityType> DUALS = Map.of("شركتا", EntityType.ORGANIZATION,
      "شركتي", EntityType.ORGANIZATION, "مجموعتا", EntityType.ORGANIZATION, "مجموعتي", EntityType.ORGANIZATION,
      "صحيفتا", EntityType.ORGANIZATION, "صحيفتي", EntityType.ORGANIZATION, "منظمتا", EntityType.ORGANIZATION,
      "منظمتي", EntityType.ORGANIZATION, "دولتا", EntityType.PLACE, "دولتي", EntityType.PLACE);

  /** "كل من" (each of) followed by a list joined by و: the list's names, whatever they are. */
  private static boolean eachOf(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.ARABIC && Proclitics.strip(t.norm()).equals("كل") && i + 2 < tokens.size()
        && tokens.get(i + 1).norm().equals("من") && tokens.get(i + 2).kind() != Token.Kind.PUNCT
        && !org.isnad.text.ar.WordCounts.isCommonWord(Proclitics.strip(tokens.get(i + 2).norm()), COMMON);
  }

  private static EntityType dualOf(Token t) {
    return t.kind() == Token.Kind.ARABIC ? DUALS.get(Proclitics.strip(t.norm())) : null;
  }

  private static EntityType classOf(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return null;
    }
    String w = Proclitics.strip(t.norm());
    return CLASSES.get(w.startsWith("ال") ? w.substring(2) : w);
  }

  /** Reads "A، B، وC" from {@code from}; returns the index after the list. */
  private static int readList(Document doc, List<Token> tokens, int from, EntityType type, List<Mention> out) {
    List<int[]> items = new ArrayList<>();
    int k = from;
    while (k < tokens.size()) {
      while (k < tokens.size() && (isComma(tokens.get(k)) || tokens.get(k).kind() == Token.Kind.QUOTE
          || tokens.get(k).norm().equals("و"))) {
        k++;
      }
      int first = k;
      int end = k;
      while (end < tokens.size() && end - first < MAX_WORDS + 1 && continuesItem(tokens, first, end)) {
        end++;
      }
      if (end == first || end - first > MAX_WORDS) {
        break;
      }
      items.add(new int[] {first, end});
      k = end;
      // The list goes on only across a comma or a word that opens with و.
      int next = k;
      while (next < tokens.size() && tokens.get(next).kind() == Token.Kind.QUOTE) {
        next++;
      }
      if (next >= tokens.size() || !(isComma(tokens.get(next)) || opensWithAnd(tokens.get(next))
          || tokens.get(next).norm().equals("و"))) {
        break;
      }
    }
    // Two names at least: "مثل أكمي" alone may be a comparison rather than a list of examples.
    if (items.size() >= 2) {
      for (int[] it : items) {
        out.add(NameRules.mention(doc, tokens, it[0], it[1], type, "listed", 0.5));
      }
    }
    return Math.max(k, from);
  }

  /** Whether token {@code end} still belongs to the list item that starts at {@code first}. */
  private static boolean continuesItem(List<Token> tokens, int first, int end) {
    Token t = tokens.get(end);
    if (t.kind() == Token.Kind.LATIN) {
      return true;
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String n = t.norm();
    if (end > first && LETTER_NAMES.contains(n)) {
      return true; // "أوبن إي آي": Latin letters spelled out inside a name
    }
    if (ArabicWords.isFunction(n) || ArabicWords.isFunction(Proclitics.strip(n))) {
      return false;
    }
    if (ArabicWords.isFunction(t.stem()) || end > first
        && org.isnad.text.ar.WordCounts.isCommonWord(Proclitics.strip(n), COMMON)) {
      return false; // "أكمي وغلوبكس أنهما": an ordinary word ends the name
    }
    if (end > first && opensWithAnd(t)) {
      return false; // "أكمي وغلوبكس": the next item
    }
    // A word carrying ب ل ف or ك starts a phrase after the list (بمليون دولار، لكل منها).
    String p = t.prefix();
    return p.isEmpty() || p.equals("ال") || end == first && (p.equals("و") || p.equals("وال"));
  }

  private static boolean opensWithAnd(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.prefix().startsWith("و") && t.stem().length() >= 2;
  }

  static boolean isComma(Token t) {
    return t.norm().equals("،") || t.norm().equals(",");
  }
}
