package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.Token;
import org.isnad.text.ar.Proclitics;

/**
 * Organizations named after a person: an inauguration and its fund or committee ("Trump's
 * inaugural fund", "حفل تنصيب ترامب", "صندوق ترامب الافتتاحي", "حفل تنصيبه"), a campaign
 * ("حملة ترامب", "the Trump campaign"). A possessive pronoun (his, ـه) points to the person
 * last named. Each mention's {@code name} is a canonical key (kind, person, qualifier), so the
 * forms of one fund become one entity; {@link #aliases} spells the key in both languages.
 */
public final class EventOrgs {
  static final String INAUGURATION = "inauguration";
  static final String CAMPAIGN = "campaign";
  static final String LIBRARY = "library";
  private static final Set<String> EN_INAUG_TAIL = Set.of("inaugural", "inauguration");
  private static final Set<String> EN_ORDINAL = Set.of("first", "second", "2017", "2021", "2025", "2009", "2013");

  /**
   * Finds the event organizations of a document, given the names found so far.
   *
   * @param names person and organization mentions from the other finders
   */
  public List<Mention> find(Document doc, List<Mention> names) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (doc.isArabic()) {
        arabic(doc, tokens, i, names, out);
      } else if (t.kind() == Token.Kind.LATIN) {
        english(doc, tokens, i, names, out);
      }
    }
    return out;
  }

  private void arabic(Document doc, List<Token> tokens, int i, List<Mention> names, List<Mention> out) {
    Token t = tokens.get(i);
    String stem = Proclitics.strip(t.norm());
    String kind = null;
    int headStart = i;
    int personAt = -1;
    String pronounSuffix = null;
    if (stem.startsWith("تنصيب")) {
      kind = INAUGURATION;
      String rest = stem.substring("تنصيب".length());
      if (rest.equals("ه") || rest.equals("ها")) {
        pronounSuffix = rest;
      } else if (!rest.isEmpty()) {
        return;
      } else {
        personAt = i + 1;
      }
      if (i > 0 && Set.of("حفل", "صندوق", "لجنه", "مراسم", "حفله").contains(Proclitics.strip(tokens.get(i - 1).norm()))) {
        headStart = i - 1;
      }
    } else if (stem.equals("صندوق") && i + 2 < tokens.size() && Proclitics.strip(tokens.get(i + 2).norm()).equals("الافتتاحي")) {
      kind = INAUGURATION;
      personAt = i + 1;
    } else if (stem.equals("مكتبه") && i + 1 < tokens.size()) {
      kind = LIBRARY;
      personAt = i + 1;
    } else if (stem.equals("حمله") || stem.startsWith("حملت") && stem.length() <= 6) {
      kind = CAMPAIGN;
      if (stem.equals("حملته") || stem.equals("حملتها")) {
        pronounSuffix = stem.substring(4);
      } else {
        personAt = i + 1;
      }
    } else if (stem.equals("الحمله") && i + 1 < tokens.size()) {
      // الحملة الانتخابية لترامب: the person follows with ل, after an adjective or two
      int k = i + 1;
      while (k < tokens.size() && k < i + 3 && tokens.get(k).norm().startsWith("ال")) {
        k++;
      }
      if (k < tokens.size() && tokens.get(k).norm().startsWith("ل") && tokens.get(k).norm().length() > 3) {
        kind = CAMPAIGN;
        personAt = k;
      }
    }
    if (kind == null) {
      return;
    }
    String person;
    int end;
    if (personAt > 0) {
      personAt = skipTitles(tokens, personAt); // تنصيب الرئيس السابق، فلان الفلاني
      int titled = personAfterTitle(tokens, personAt, names);
      if (titled >= 0) {
        personAt = titled; // تنصيب حاكم ولاية أريزونا المنتخب فلان: any title, then the person
      }
    }
    if (pronounSuffix != null) {
      person = lastPersonBefore(names, t.start());
      end = i + 1;
    } else {
      Mention m = personAt < tokens.size() ? mentionAt(names, tokens.get(personAt)) : null;
      if (m != null && m.type() == EntityType.PERSON) {
        person = surname(m.name());
        end = personAt + 1;
        while (end < tokens.size() && tokens.get(end).end() <= m.span().end()) {
          end++;
        }
      } else if (personAt < tokens.size() && isKnownSurname(names, Proclitics.strip(tokens.get(personAt).norm()))) {
        // the tagger missed the name here, but the document names this person elsewhere
        person = org.isnad.link.NameKey.of(Proclitics.strip(tokens.get(personAt).norm()));
        end = personAt + 1;
      } else {
        return;
      }
    }
    if (person == null) {
      return;
    }
    String qualifier = "";
    while (end < tokens.size() && end < i + 6) {
      String n = tokens.get(end).norm();
      if (n.equals("الافتتاحي") || n.equals("الرياسي") || n.equals("الرياسيه") || n.equals("الانتخابيه")
          || n.equals("الخيريه")) {
        end++;
      } else if (n.equals("الاول") || n.equals("الثاني")) {
        qualifier = n.equals("الاول") ? "first" : "second";
        end++;
      } else {
        break;
      }
    }
    out.add(mention(doc, tokens, headStart, end, kind, person, qualifier));
  }

  private void english(Document doc, List<Token> tokens, int i, List<Mention> names, List<Mention> out) {
    String w = tokens.get(i).norm().toLowerCase(Locale.ROOT);
    String kind = EN_INAUG_TAIL.contains(w) ? INAUGURATION : w.equals("campaign") ? CAMPAIGN
        : w.equals("library") ? LIBRARY : null;
    if (kind == null) {
      return;
    }
    int end = i + 1;
    if (kind.equals(INAUGURATION) && end < tokens.size()) {
      String next = tokens.get(end).norm().toLowerCase(Locale.ROOT);
      if (next.equals("fund") || next.equals("committee") || next.equals("ball")) {
        end++;
      } else if (w.equals("inaugural")) {
        return; // "inaugural address" and the like
      }
    }
    int k = i - 1;
    String qualifier = "";
    if (k >= 0 && EN_ORDINAL.contains(tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
      qualifier = tokens.get(k).norm().equalsIgnoreCase("first") ? "first" : tokens.get(k).norm();
      k--;
    }
    while (k >= 0 && Set.of("presidential", "reelection", "re-election", "2024", "election", "future").contains(
        tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
      k--;
    }
    String person = null;
    int start = k + 1;
    if (k >= 0 && tokens.get(k).norm().equals("'s")) {
      k--;
    }
    if (k >= 0) {
      String prev = tokens.get(k).norm().toLowerCase(Locale.ROOT);
      Mention m = mentionAt(names, tokens.get(k));
      if (m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.OTHER)) {
        person = surname(m.name());
        start = tokenAt(tokens, m.span().start(), k);
      } else if (prev.equals("his") || prev.equals("her")) {
        person = lastPersonBefore(names, tokens.get(k).start());
        start = k;
      }
    }
    int finalEnd = end;
    if (person == null && end + 1 < tokens.size() && tokens.get(end).norm().equalsIgnoreCase("of")) {
      // "the inaugural committee of Texas Governor-elect Claire Donnelly": the person after "of" and titles
      for (int j = end + 1; j < Math.min(tokens.size(), end + 8); j++) {
        Mention m = mentionAt(names, tokens.get(j));
        if (m != null && m.type() == EntityType.PERSON) {
          person = surname(m.name());
          finalEnd = tokenAt(tokens, m.span().end(), Math.min(tokens.size(), j + 6));
          while (finalEnd < tokens.size() && tokens.get(finalEnd).start() < m.span().end()) {
            finalEnd++;
          }
          break;
        }
        String n = tokens.get(j).norm();
        if (tokens.get(j).kind() != Token.Kind.LATIN && !n.equals("-") || Character.isLowerCase(n.charAt(0))
            && !n.equals("elect")) {
          break;
        }
      }
    }
    if (person == null) {
      return;
    }
    out.add(mention(doc, tokens, start, finalEnd, kind, person, qualifier));
  }

  private static int tokenAt(List<Token> tokens, int offset, int upTo) {
    int k = upTo;
    while (k > 0 && tokens.get(k - 1).end() > offset) {
      k--;
    }
    return k;
  }

  private static Mention mention(Document doc, List<Token> tokens, int first, int end, String kind, String person,
      String qualifier) {
    Span span = NameRules.mention(doc, tokens, first, end, EntityType.ORGANIZATION, kind, 0.7).span();
    String key = kind + ":" + person + (qualifier.isEmpty() ? "" : ":" + qualifier);
    return new Mention(span, EntityType.ORGANIZATION, kind, key, 0.7, "event");
  }

  private static final Set<String> TITLE_WORDS = Set.of("الرييس", "الاميركي", "الامريكي", "المنتخب", "السابق",
      "الجديد", "المقبل", "الحالي", "،", ",", "ل", "الملياردير");

  /**
   * The token where a person's name starts within six words after {@code at}, across a title of
   * any kind (حاكم ولاية أريزونا المنتخب), or -1 when a name of another kind, a function word or a
   * stop comes first.
   */
  private static int personAfterTitle(List<Token> tokens, int at, List<Mention> names) {
    int found = -1;
    Mention here = at < tokens.size() ? mentionAt(names, tokens.get(at)) : null;
    if (here != null && here.type() == EntityType.PERSON) {
      return -1; // the name follows the title directly
    }
    for (int k = at; k < tokens.size() && k < at + 7; k++) {
      Token t = tokens.get(k);
      Mention m = mentionAt(names, t);
      if (m != null && m.type() == EntityType.PERSON && k > at && m.span().start() >= t.start()) {
        found = k; // the last name of the title phrase is the person's (ولاية أريزونا ... فلان)
      }
      if (t.kind() == Token.Kind.PUNCT && (found >= 0 || !t.norm().equals("،")) || t.kind() == Token.Kind.NUMBER
          || t.kind() == Token.Kind.ARABIC && ArabicWords.isFunction(t.norm())) {
        break;
      }
    }
    return found;
  }

  /** Past titles and their adjectives to the name they describe, at most five words on. */
  private static int skipTitles(List<Token> tokens, int at) {
    int k = at;
    while (k < tokens.size() && k < at + 5 && TITLE_WORDS.contains(tokens.get(k).norm())) {
      k++;
    }
    return k < tokens.size() && k > at ? k : at;
  }

  private static boolean isKnownSurname(List<Mention> names, String folded) {
    String key = org.isnad.link.NameKey.of(folded);
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON && surname(m.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static Mention mentionAt(List<Mention> names, Token t) {
    Mention best = null;
    for (Mention m : names) {
      if (m.span().start() <= t.start() && t.end() <= m.span().end() + 2
          && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The person a possessive pronoun most likely means: of those named before it, the one the
   * article names most often (news keeps its protagonist in view), the latest on ties.
   */
  private static String lastPersonBefore(List<Mention> names, int offset) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (Mention m : names) {
      if (m.type() == EntityType.PERSON) {
        String key = surname(m.name());
        counts.merge(key, 1, Integer::sum);
        if (m.span().end() <= offset) {
          last.merge(key, m.span().start(), Math::max);
        }
      }
    }
    String best = null;
    for (String k : last.keySet()) {
      if (best == null || counts.get(k) > counts.get(best)
          || counts.get(k).equals(counts.get(best)) && last.get(k) > last.get(best)) {
        best = k;
      }
    }
    return best;
  }

  /** The key of a person: the last word of the name, folded and lower-cased. */
  static String surname(String name) {
    String[] w = org.isnad.link.NameKey.of(name).split(" ");
    return w[w.length - 1];
  }




  /**
   * The names an event organization goes by, in Arabic and English, for a person known by
   * {@code arabic} and {@code english} surnames (either may be null).
   */
  public static List<String> aliases(String key, String arabic, String english) {
    String[] k = key.split(":");
    String kind = k[0];
    String qualifier = k.length > 2 ? k[2] : "";
    List<String> out = new ArrayList<>();
    if (kind.equals(INAUGURATION)) {
      String arQ = qualifier.equals("first") ? " الأول" : qualifier.equals("second") ? " الثاني" : "";
      String enQ = qualifier.isEmpty() ? "" : qualifier + " ";
      if (arabic != null) {
        for (String head : new String[] {"حفل تنصيب ", "صندوق تنصيب ", "لجنة تنصيب "}) {
          out.add(head + arabic + arQ);
        }
      }
      if (english != null) {
        out.add(english + "'s " + enQ + "inaugural fund");
        out.add(english + " " + enQ + "inaugural committee");
        out.add(english + "'s " + enQ + "inauguration");
      }
    } else if (kind.equals(LIBRARY)) {
      if (arabic != null) {
        out.add("مكتبة " + arabic + " الرئاسية");
      }
      if (english != null) {
        out.add(english + "'s presidential library");
        out.add(english + " presidential library");
        out.add(english + " library");
      }
    } else if (kind.equals(CAMPAIGN)) {
      if (arabic != null) {
        out.add("حملة " + arabic);
      }
      if (english != null) {
        out.add(english + " campaign");
      }
    }
    return out;
  }
}
