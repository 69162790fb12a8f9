package org.isnad.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.fact.EntityType;
import org.isnad.link.EntityResolver.Cluster;
import org.isnad.recognize.Mention;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * In-document coreference of nominal mentions: "الشركة", "the company", "the e-commerce
 * giant", "عملاق التكنولوجيا" → the organization last named; "الصحيفة", "the newspaper" → the
 * outlet last named. Each becomes a mention of that entity (source {@code coref}), so facts
 * read from "the company said" reach the right party. Names are never changed by it.
 */
public final class Nominals {
  /** Folded Arabic nominal heads (with the article) and the subtype they refer to; null = any organization. */
  private static final Map<String, String> AR = Map.ofEntries(Map.entry("الشركه", "company"),
      Map.entry("الصحيفه", "outlet"), Map.entry("الجريده", "outlet"), Map.entry("المجموعه", "company"),
      Map.entry("الوكاله", "outlet"), Map.entry("المنصه", "company"), Map.entry("عملاق", "company"),
      Map.entry("العملاق", "company"), Map.entry("المملكه", "kingdom"), Map.entry("الوزاره", "body:وزار"),
      Map.entry("الجهاز", "body:جهاز"), Map.entry("اللجنه", "fund"), Map.entry("الصندوق", "fund"), Map.entry("البنك", "body:بنك"), Map.entry("المبادره", "body:مبادره"), Map.entry("المصرف", "body:مصرف"), Map.entry("الهييه", "body:هييه"), Map.entry("السلطه", "body:سلطه"),
      Map.entry("النادي", "body:نادي"), Map.entry("المجمع", "body:مجمع"), Map.entry("الاتحاد", "body:اتحاد"),
      Map.entry("الجمعيه", "body:جمعيه"), Map.entry("الموسسه", "body:موسسه"), Map.entry("المرصد", "body:مرصد"));
  private static final String KINGDOM = "kingdom";

  /** Whether a folded Arabic word is a nominal head this class resolves (الشركة، النادي), no name of its own. */
  public static boolean isNominalHead(String folded) {
    return AR.containsKey(folded) && !folded.equals("عملاق");
  }
  /** Folded names of today's kingdoms that "المملكة" alone may stand for. */
  private static final java.util.Set<String> KINGDOMS = java.util.Set.of("السعوديه", "المملكه العربيه السعوديه",
      "الاردن", "المملكه الاردنيه الهاشميه", "المغرب", "المملكه المغربيه", "البحرين", "مملكه البحرين", "بريطانيا",
      "المملكه المتحده", "اسبانيا", "هولندا", "بلجيكا", "السويد", "النرويج", "الدنمارك", "تايلاند", "كمبوديا",
      "بوتان", "ليسوتو", "اسواتيني");
  private static final Map<String, String> EN = Map.ofEntries(Map.entry("company", "company"),
      Map.entry("firm", "company"), Map.entry("newspaper", "outlet"), Map.entry("paper", "outlet"),
      Map.entry("giant", "company"), Map.entry("startup", "company"), Map.entry("start-up", "company"),
      Map.entry("group", "company"), Map.entry("authority", "name:authority"), Map.entry("ministry", "name:ministry"),
      Map.entry("agency", "name:agency"), Map.entry("regulator", "regulator"), Map.entry("commission", "name:commission"),
      Map.entry("bank", "name:bank"), Map.entry("department", "name:department"), Map.entry("committee", "fund"),
      Map.entry("pac", "fund"), Map.entry("lender", "name:bank"), Map.entry("watchdog", "regulator"),
      Map.entry("fund", "name:fund"), Map.entry("club", "name:club"));

  /** Titles that name one person once the article has used them before a name (الرئيس المنتخب دونالد ترامب). */
  private static final List<List<String>> PERSON_TITLES = List.of(List.of("الرييس", "المنتخب"),
      List.of("الرييس", "الامريكي", "المنتخب"), List.of("الرييس", "الاميركي", "المنتخب"), List.of("الرييس", "الامريكي"),
      List.of("الرييس", "الاميركي"), List.of("الرييس", "السابق"), List.of("الرييس"), List.of("president-elect"),
      List.of("the", "president-elect"), List.of("the", "president"), List.of("the", "former", "president"),
      List.of("ولي", "العهد", "السعودي"), List.of("ولي", "العهد"), List.of("رييس", "الوزراء"), List.of("رييس", "الحكومه"),
      List.of("the", "crown", "prince"), List.of("the", "prime", "minister"));

  public void resolve(Document doc, List<Cluster> clusters) {
    String title = doc.meta() == null || doc.meta().title() == null ? ""
        : org.isnad.text.ar.ArabicNormalizer.normalize(doc.meta().title()); // the headline, folded once
    personTitles(doc, clusters);
    stateNames(doc, clusters);
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String sub = null;
      int first = i;
      int end = i + 1;
      if (t.kind() == Token.Kind.ARABIC) {
        String w = stripConjunction(t.norm());
        sub = AR.get(w);
        if (sub != null && (w.startsWith("عملاق") || w.startsWith("العملاق"))) {
          end = Math.min(tokens.size(), i + 3); // عملاق التجارة الإلكترونية
          while (end > i + 1 && !tokens.get(end - 1).hasArticle()) {
            end--;
          }
        }
      } else if (t.kind() == Token.Kind.LATIN && i > 0 && tokens.get(i - 1).norm().equalsIgnoreCase("the")) {
        sub = EN.get(t.norm().toLowerCase(Locale.ROOT));
        first = i - 1;
      } else if (t.kind() == Token.Kind.LATIN && i > 1 && tokens.get(i - 2).norm().equalsIgnoreCase("the")
          && EN.containsKey(t.norm().toLowerCase(Locale.ROOT)) && tokens.get(i - 1).kind() == Token.Kind.LATIN
          && Character.isLowerCase(tokens.get(i - 1).norm().charAt(0))) {
        sub = EN.get(t.norm().toLowerCase(Locale.ROOT)); // the e-commerce giant, the tech company
        first = i - 2;
      }
      if (sub == null || covered(clusters, t)) {
        continue;
      }
      String nisba = t.kind() == Token.Kind.ARABIC && sub.equals("company") && end < tokens.size()
          ? nisbaBase(tokens.get(end), 3) : null;
      if (nisba != null) {
        // "الشركة الصينية": the company the article called Chinese (شركة "هوا تشنغ" الصينية)
        Cluster described = describedBefore(doc, clusters, t.start(), nisba);
        if (described != null) {
          Span span = new Span(tokens.get(first).start(), tokens.get(end).end());
          described.mentions().add(new Mention(span, EntityType.ORGANIZATION, sub, described.best().name(), 0.3,
              "coref"));
        }
        continue;
      }
      Cluster target = sub.equals(KINGDOM) ? kingdom(clusters, t.start())
          : sub.equals("fund") ? firstBefore(clusters, t.start()) : lastBefore(doc, clusters, t.start(), sub, title);
      if (target == null) {
        continue;
      }
      Span span = new Span(tokens.get(first).start(), tokens.get(end - 1).end());
      target.mentions().add(new Mention(span, EntityType.ORGANIZATION, sub, target.best().name(), 0.3, "coref"));
    }
  }

  /**
   * "الرئيس المنتخب" alone, after the article wrote "الرئيس المنتخب دونالد ترامب": a mention of
   * that person. A title used before two different people refers to neither.
   */
  private void personTitles(Document doc, List<Cluster> clusters) {
    List<Token> tokens = doc.tokens();
    java.util.Map<List<String>, Cluster> owner = new java.util.HashMap<>();
    java.util.Set<List<String>> ambiguous = new java.util.HashSet<>();
    List<int[]> bare = new java.util.ArrayList<>(); // [first, end, title index]
    for (int i = 0; i < tokens.size(); i++) {
      for (int t = 0; t < PERSON_TITLES.size(); t++) {
        List<String> title = PERSON_TITLES.get(t);
        int end = i + title.size();
        if (end > tokens.size() || !matches(tokens, i, title)) {
          continue;
        }
        Cluster next = personAt(clusters, end < tokens.size() ? tokens.get(end) : null);
        if (next != null) {
          Cluster old = owner.putIfAbsent(title, next);
          if (old != null && old != next) {
            ambiguous.add(title);
          }
        } else if (!covered(clusters, tokens.get(i)) && !extended(tokens, end)) {
          bare.add(new int[] {i, end, t});
        }
        break; // the longest title at i is listed first
      }
    }
    for (int[] b : bare) {
      List<String> title = PERSON_TITLES.get(b[2]);
      Cluster who = owner.get(title);
      if (who != null && !ambiguous.contains(title)) {
        Span span = new Span(tokens.get(b[0]).start(), tokens.get(b[1] - 1).end());
        who.mentions().add(new Mention(span, EntityType.PERSON, "title", who.best().name(), 0.3, "coref"));
      }
    }
  }

  /** "الرئيس التنفيذي"، "الرئيس لشركة": the title goes on into another title, so it is not the bare one. */
  private static boolean extended(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    return next.kind() == Token.Kind.ARABIC && (next.norm().startsWith("ال") || next.prefix().contains("ل"))
        || next.kind() == Token.Kind.LATIN && (next.norm().equalsIgnoreCase("of") || next.norm().equals("'s"));
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      Token t = tokens.get(at + k);
      String n = t.kind() == Token.Kind.ARABIC ? stripConjunction(t.norm()) : t.norm().toLowerCase(Locale.ROOT);
      if (!n.equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static Cluster personAt(List<Cluster> clusters, Token t) {
    if (t == null) {
      return null;
    }
    for (Cluster c : clusters) {
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : c.mentions()) {
        if (m.span().start() <= t.start() && t.start() < m.span().end()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String stripConjunction(String w) {
    if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      String rest = w.substring(1);
      if (rest.startsWith("ال") || rest.startsWith("عملاق")) {
        return rest;
      }
    }
    if (w.startsWith("لل") && w.length() > 4) {
      return "ال" + w.substring(2);
    }
    if (w.length() > 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل') && w.startsWith("ال", 1)) {
      return w.substring(1);
    }
    return w;
  }

  private static boolean covered(List<Cluster> clusters, Token t) {
    for (Cluster c : clusters) {
      for (Mention m : c.mentions()) {
        if (m.span().start() <= t.start() && t.end() <= m.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The stem of a definite nationality adjective without its ending (الموريتانية → موريتان,
   * السعودي → سعود), or null when the word is none; the stem has at least {@code minStem} letters.
   */
  public static String nisbaBase(Token t, int minStem) {
    String stem = t.stem();
    if (!t.hasArticle() || stem.length() < minStem || !(stem.endsWith("يه") || stem.endsWith("ي"))) {
      return null;
    }
    String base = stem.endsWith("يه") ? stem.substring(0, stem.length() - 2) : stem.substring(0, stem.length() - 1);
    return base.length() < 3 ? null : base;
  }

  /**
   * Whether a place is the country a nationality adjective's stem names: the stem starts the
   * last word of its name (سعود → المملكة العربية السعودية).
   */
  public static boolean namesCountry(Cluster c, String base) {
    if (c.type() != EntityType.PLACE) {
      return false;
    }
    String[] words = org.isnad.text.ar.ArabicNormalizer.normalize(c.best().name()).split(" ");
    String w = words[words.length - 1].startsWith("ال") ? words[words.length - 1].substring(2) : words[words.length - 1];
    return w.startsWith(base) && w.length() - base.length() <= 3;
  }

  private static final java.util.Set<String> STATE_HEADS = java.util.Set.of("الجمهوريه", "المملكه", "سلطنه",
      "دوله", "اماره", "الاماره", "جمهوريه", "مملكه");

  /**
   * A state's long name: "الجمهورية الإسلامية الموريتانية", "سلطنة عُمان" written as "السلطنة
   * العمانية": a state head, adjectives, and a nationality adjective naming a country the article
   * names elsewhere (موريتانيا). The phrase becomes a mention of that country.
   */
  private static void stateNames(Document doc, List<Cluster> clusters) {
    if (!doc.isArabic()) {
      return;
    }
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.ARABIC || !STATE_HEADS.contains(stripConjunction(t.norm())) || covered(clusters, t)) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
        Token a = tokens.get(k);
        if (a.kind() != Token.Kind.ARABIC || !a.hasArticle() || covered(clusters, a)) {
          break;
        }
        String base = nisbaBase(a, 5);
        if (base == null) {
          continue;
        }
        Cluster country = null;
        for (Cluster c : clusters) {
          if (namesCountry(c, base)) {
            country = c;
          }
        }
        if (country != null) {
          int start = t.start() + (t.norm().length() - stripConjunction(t.norm()).length());
          country.mentions().add(new Mention(new Span(start, a.end()), EntityType.PLACE, "place",
              country.best().name(), 0.3, "coref"));
          i = k;
          break;
        }
      }
    }
  }

  /**
   * "المملكة" alone: the one kingdom the article names, the last before the word or else the
   * first after it ("أعلن ولي العهد عزم المملكة ..." before "المملكة العربية السعودية").
   */
  private static Cluster kingdom(List<Cluster> clusters, int offset) {
    Cluster before = null;
    Cluster after = null;
    int beforeAt = -1;
    int afterAt = Integer.MAX_VALUE;
    for (Cluster c : clusters) {
      boolean named = c.mentions().stream().anyMatch(m -> !m.source().equals("coref")
          && KINGDOMS.contains(org.isnad.text.ar.ArabicNormalizer.normalize(m.name())));
      if (!named) {
        continue;
      }
      for (Mention m : c.mentions()) {
        int at = m.span().start();
        if (at < offset && at > beforeAt) {
          beforeAt = at;
          before = c;
        } else if (at > offset && at < afterAt) {
          afterAt = at;
          after = c;
        }
      }
    }
    return before != null ? before : after;
  }

  /**
   * "اللجنة": the committee, PAC or fund the article named first. An article is about one
   * committee; the ones named later are mostly its sources (لجنة الانتخابات الفيدرالية).
   */
  private static Cluster firstBefore(List<Cluster> clusters, int offset) {
    Cluster best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Cluster c : clusters) {
      if (c.type() != EntityType.ORGANIZATION || !c.isEvent() && !"fund".equals(c.subtype())) {
        continue; // an inauguration's fund or committee counts too
      }
      for (Mention m : c.mentions()) {
        if (!m.source().equals("coref") && m.span().end() <= offset && m.span().start() < bestAt) {
          bestAt = m.span().start();
          best = c;
        }
      }
    }
    return best;
  }

  /** The organization named before {@code offset} with the nationality adjective {@code base} right after a mention of it. */
  private static Cluster describedBefore(Document doc, List<Cluster> clusters, int offset, String base) {
    List<Token> tokens = doc.tokens();
    Cluster best = null;
    int bestAt = -1;
    for (Cluster c : clusters) {
      if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.OTHER) {
        continue;
      }
      for (Mention m : c.mentions()) {
        if (m.source().equals("coref") || m.span().end() > offset || m.span().start() <= bestAt) {
          continue;
        }
        int k = doc.tokenAt(m.span().end() - 1) + 1;
        while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.QUOTE) {
          k++;
        }
        String b = k < tokens.size() ? nisbaBase(tokens.get(k), 3) : null;
        if (base.equals(b)) {
          best = c;
          bestAt = m.span().start();
        }
      }
    }
    return best;
  }

  private static final java.util.Set<String> NOT_COMPANIES = java.util.Set.of("fund", "party", "government");

  /** Whether a mention of the cluster follows the head noun {@code stem} (بنك "الواحة"), quotation marks aside. */
  private static boolean headedBy(Document doc, Cluster c, String stem) {
    List<Token> tokens = doc.tokens();
    for (Mention m : c.mentions()) {
      int k = doc.tokenAt(m.span().start()) - 1;
      while (k >= 0 && tokens.get(k).kind() == Token.Kind.QUOTE) {
        k--;
      }
      if (k >= 0 && tokens.get(k).kind() == Token.Kind.ARABIC && tokens.get(k).stem().equals(stem)) {
        return true;
      }
    }
    return false;
  }

  /** A plural of people (Nevadans, Democrats): not an organization a noun can point back to. */
  private static final Pattern PLURAL_PEOPLE = Pattern.compile("[A-Z][a-z]+(ans|ers)");
  private static final Pattern REGULATOR =
      Pattern.compile("\\b(authority|commission|agency|regulator|office|board|bureau|administration|department|ministry)\\b");

  /** The organization whose latest named mention before {@code offset} is the latest; outlets only for outlet nouns. */
  private static Cluster lastBefore(Document doc, List<Cluster> clusters, int offset, String sub, String title) {
    Cluster best = null;
    int bestAt = -1;
    for (Cluster c : clusters) {
      if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.OTHER || c.isEvent()) {
        continue;
      }
      if (c.type() == EntityType.OTHER && PLURAL_PEOPLE.matcher(c.best().name()).matches()) {
        continue; // "the group" is not the people a plural names (Nevadans, Democrats' voters)
      }
      boolean outlet = "outlet".equals(c.subtype());
      if (sub.equals("outlet") != outlet) {
        continue;
      }
      String en = c.best().name().toLowerCase(Locale.ROOT);
      if (sub.startsWith("name:") && !en.contains(sub.substring(5))) {
        continue; // "the authority": the one whose name says authority
      }
      if (sub.equals("regulator") && !"government".equals(c.subtype())
          && !REGULATOR.matcher(en).find()) {
        continue;
      }
      if (sub.equals("company") && NOT_COMPANIES.contains(c.subtype())) {
        continue; // "الشركة" is not the fund, the committee or the ministry named before
      }
      if (sub.startsWith("body:")
          && !org.isnad.text.ar.ArabicNormalizer.normalize(c.best().name()).replaceFirst("^ال", "").startsWith(sub.substring(5))
          && !headedBy(doc, c, sub.substring(5))) {
        continue; // "الوزارة", "البنك": the ministry or bank named before (بنك "الواحة")
      }
      for (Mention m : c.mentions()) {
        if (!m.source().equals("coref") && m.span().end() <= offset && m.span().start() > bestAt) {
          bestAt = m.span().start();
          best = c;
        }
      }
    }
    if (best != null && sub.equals("company") && doc.isArabic()) {
      best = salientCompany(doc, title, clusters, best, offset);
    }
    return best;
  }

  /**
   * "الشركة" after "غرامة على شركة الواحة ...، لتأخرها في الإفصاح عن بيع أرض إلى شركة المرقاب":
   * the company the article is about, not the one named last in passing. Of the companies named
   * in the last 300 characters, one the headline names; else the last one named.
   */
  private static Cluster salientCompany(Document doc, String title, List<Cluster> clusters, Cluster last, int offset) {
    if (title.isEmpty() || inHeadline(doc, last, title)) {
      return last;
    }
    for (Cluster c : clusters) {
      if (c == last || c.type() != EntityType.ORGANIZATION || NOT_COMPANIES.contains(c.subtype())
          || "outlet".equals(c.subtype()) || c.isEvent() || !inHeadline(doc, c, title)) {
        continue;
      }
      boolean recent = c.mentions().stream().anyMatch(m -> !m.source().equals("coref") && m.span().end() <= offset
          && m.span().start() >= offset - 300);
      if (recent) {
        return c;
      }
    }
    return last;
  }

  /** Whether the headline holds one of the cluster's names, as a mention names it or as the text spells it («رفد» للمدفوعات). */
  private static boolean inHeadline(Document doc, Cluster c, String title) {
    return c.mentions().stream().filter(m -> !m.source().equals("coref")).anyMatch(m -> {
      if (m.name().length() >= 3 && title.contains(m.name())) {
        return true;
      }
      if (!m.source().equals("spread")) {
        return false; // only a spread short name is written otherwise than it is named
      }
      String written = org.isnad.text.ar.ArabicNormalizer.normalize(doc.slice(m.span()));
      return written.length() >= 3 && title.contains(written);
    });
  }

}
