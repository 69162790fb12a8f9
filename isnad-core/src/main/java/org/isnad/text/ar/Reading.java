package org.isnad.text.ar;

import java.util.Set;
import org.isnad.text.ar.CliticSegmenter.Parts;

/**
 * The readings of one word, scored against the lexicon: the decision rule of
 * {@link LexiconSegmenter}. A reading's score is the evidence for its stem divided by the risk
 * of its clitics; the whole word scores its own count. Not thread-safe: one per word.
 */
final class Reading {
  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك"};
  /** Suffixes split off an unseen word: ها, هم, هما, كم are almost never the end of a stem. */
  private static final Set<String> SAFE_SUFFIXES = Set.of("هما", "هم", "ها", "كم");
  private static final String[] FAMILY = {"ه", "ها", "هم", "هما", "كم", "نا"};
  /** Function words that look like article + stem and are not. */
  private static final Set<String> NOT_ARTICLE = Set.of("الي", "الا", "التي", "الذي", "الذين", "اللذين",
      "اللتين", "اللاتي", "اللواتي", "الله", "الان", "اللذان", "التان", "الف", "الفا", "الاف", "الافا", "اللهم",
      "اليوم");
  /** Prepositions and particles that take a pronoun: منه, عليها, لدينا, انهم, لكنه. */
  private static final Set<String> PARTICLES = Set.of("من", "عن", "في", "علي", "الي", "مع", "لدي", "عند", "ان",
      "لكن", "بين", "حول", "دون", "ضد", "كل", "منذ", "لعل", "ليت", "حتي", "مثل", "فوق", "تحت", "امام", "خلف");
  /** Particles that take the first-person ي: مني, عني, معي (علي and لدي are words of their own). */
  private static final Set<String> TAKES_YEH = Set.of("من", "عن", "مع");
  /** Two-letter function words after و and ف: وقد, فلم, ومن. */
  private static final Set<String> SHORT_AFTER_CONJ = Set.of("قد", "لم", "لن", "ما", "لا", "ان", "من", "في",
      "عن", "مع", "هو", "هي", "هم", "ثم", "او", "ام", "بل", "كل", "لو", "اذ", "اي");
  /** Two-letter words after ب and ل: بان, لان, بما. */
  private static final Set<String> SHORT_AFTER_PREP = Set.of("ان", "ما", "من");
  /** Evidence for the article on an unseen word: more than nothing, less than one sighting. */
  private static final double ARTICLE_DEFAULT = 0.5;
  /** Evidence for a proclitic before a written hamza (وأكدت): the hamza starts a word. */
  private static final double HAMZA_DEFAULT = 0.6;
  /** Evidence for و or a safe pronoun on a word the lexicon has never seen. */
  private static final double UNSEEN_DEFAULT = 0.3;
  /** A stem seen this often is a word in its own right, whatever clitics it often takes. */
  private static final int WELL_ATTESTED = 20;

  private final LexiconSegmenter.Lexicon lex;
  private final String w;
  private final int n;
  /** The written letter behind each folded letter; the folded word itself when there is no surface. */
  private final char[] raw;
  private final boolean hinted;

  Reading(LexiconSegmenter.Lexicon lex, String folded, String surface) {
    this.lex = lex;
    this.w = folded;
    this.n = folded.length();
    this.raw = surface == null ? folded.toCharArray() : Hints.align(folded, surface);
    this.hinted = surface != null;
  }

  Parts best() {
    Parts best = Parts.whole(w);
    double bestScore = wholeScore();
    boolean conjPossible = w.charAt(0) == 'و' || w.charAt(0) == 'ف';
    for (int c = 0; c <= (conjPossible ? 1 : 0); c++) {
      // 0: no preposition; 1: ب ك ل or the future marker س; 2: ل and the article with its alef elided (لل).
      for (int p = 0; p <= 2 && c + p <= n; p++) {
        char clitic = p == 0 || c >= n ? 0 : w.charAt(c);
        if (p >= 1 && "بكلس".indexOf(clitic) < 0 || p == 2 && !w.startsWith("لل", c)) {
          continue;
        }
        int at = c + (p == 0 ? 0 : 1);
        for (int a = 0; a <= (p == 2 ? 0 : 1); a++) {
          boolean article = p == 2 || a == 1;
          if (a == 1 && !w.startsWith("ال", at)) {
            continue;
          }
          int s0 = p == 2 ? at + 1 : at + 2 * a;
          for (int k = -1; k < SUFFIXES.length; k++) {
            String suffix = k < 0 ? "" : SUFFIXES[k];
            if (k >= 0 && (article || !w.endsWith(suffix)) || c == 0 && p == 0 && !article && k < 0) {
              continue;
            }
            int end = n - suffix.length();
            if (end - s0 < 1) {
              continue;
            }
            double score = score(c == 1, p == 0 ? 0 : clitic, at, article, s0, end, suffix);
            if (score > bestScore) {
              bestScore = score;
              best = new Parts(w.substring(0, s0), stemOf(w.substring(s0, end), suffix), suffix);
            }
          }
        }
      }
    }
    return bestScore > 0 ? best : unseen();
  }

  private double wholeScore() {
    double e = lex.attested(w);
    return explicitHeh() && lex.tehFinal().contains(w) ? e * 0.2 : e;
  }

  /** شركته: a stem written with ت before a pronoun is given back with its teh marbuta, folded ه. */
  private String stemOf(String stem, String suffix) {
    if (!suffix.isEmpty() && stem.length() > 2 && stem.endsWith("ت")) {
      String asNoun = stem.substring(0, stem.length() - 1) + "ه";
      if (lex.asStem(asNoun) > lex.asStem(stem)) {
        return asNoun;
      }
    }
    return stem;
  }

  /**
   * The score of one reading, or 0 when it is impossible. {@code at} is where the word starts
   * after the conjunction and preposition; {@code [s0, end)} is the stem.
   */
  private double score(boolean conj, char prep, int at, boolean article, int s0, int end, String suffix) {
    String stem = w.substring(s0, end);
    int len = stem.length();
    if (!suffix.isEmpty()) {
      if (suffix.equals("ه") && Hints.endsWithTehMarbuta(raw)) {
        return 0; // شركة ends in teh marbuta, not in the pronoun
      }
      if (len == 1 && prep == 0 && (stem.equals("ل") || stem.equals("ب"))) {
        return Double.MAX_VALUE; // a pronoun on a bare preposition: له, بها, ولنا
      }
      if (PARTICLES.contains(stem)) {
        boolean prepOk = prep == 0 || (prep == 'ب' || prep == 'ل') && stem.equals("ان");
        boolean suffixOk = !suffix.equals("ي") || TAKES_YEH.contains(stem);
        return prepOk && suffixOk ? Double.MAX_VALUE / 2 : 0; // منه, عليها, لانه
      }
      if (suffix.equals("ي") && (lex.count("ال" + w.substring(at)) > 0 || lex.count(w.substring(at) + "ه") > 0)) {
        return 0; // a nisba adjective (رئيسي: الرئيسي and رئيسية occur), not a possessive
      }
      if (suffix.equals("نا") && lex.asStem(w.substring(at, n - 1)) > 0) {
        return 0; // عدوانا, فنانا: the accusative alef of عدوان, not the pronoun نا
      }
      if (stem.startsWith("ال") && (suffix.equals("ي") || suffix.equals("ك"))) {
        return 0; // الكرك is not الكر + ك
      }
    }
    if (len < 2 || len == 2 && !shortAllowed(conj, prep, article, stem, suffix)) {
      return 0;
    }
    if (article && !articlePossible(prep, at, s0, stem)) {
      return 0;
    }
    if (prep == 'س' && (article || "يتنا".indexOf(stem.charAt(0)) < 0 || len < 3)) {
      return 0; // the future marker only comes before an imperfect verb
    }
    boolean proclitic = conj || prep != 0;
    double risk = 1;
    if (conj) {
      risk *= w.charAt(0) == 'ف' ? 3 : 0.7;
    }
    if (prep != 0) {
      // A well-attested remainder (شكل in بشكل) settles ب and ل however common the pair is.
      double e = lex.asStem(stem);
      // بالاقتراع: ب + ال + a known stem; ليصبح: ل + a known imperfect verb.
      boolean settled = e >= WELL_ATTESTED || article && e > 0
          || prep == 'ل' && !article && len >= 4 && "يتن".indexOf(stem.charAt(0)) >= 0 && e >= WELL_ATTESTED / 4;
      risk *= prep == 'ب' || prep == 'ل' ? (settled ? 0.3 : 1.5) : 4;
      if (prep == 'ل' && !article && stem.charAt(0) == 'ل') {
        risk *= 5; // للاغراض is ل + ال + اغراض far more often than ل + a word in ل
      }
    }
    if (!suffix.isEmpty()) {
      // A word ending in ها or هم is nearly always stem + pronoun, however often the whole occurs.
      risk *= suffix.equals("ي") || suffix.equals("ك") ? (lex.names().contains(w) ? 16 : 4)
          : suffix.equals("ه") ? (explicitHeh() ? 1 : 2) // written ه, not a folded ة: mostly the pronoun
          : suffix.equals("ها") || suffix.equals("هم") || suffix.equals("هما") ? 0.25 : 1.5;
    }
    if (proclitic && !article && raw[at] == 'ا' && lex.hamzaInitial().contains(stem)) {
      risk *= 4; // أحد is written with its hamza, so واحد is one word rather than و + أحد
    }
    double e = lex.asStem(stem) + (suffix.isEmpty() ? 0 : family(stem, suffix));
    if (!suffix.isEmpty() && stem.endsWith("ت")) {
      String asNoun = stem.substring(0, len - 1) + "ه";
      e = Math.max(e, lex.asStem(asNoun)); // شركته: شركة + ه
    }
    if (suffix.isEmpty() && end == n && explicitHeh() && lex.tehFinal().contains(stem)) {
      e *= 0.2; // وصفه, written with ه, is hardly و + صفة
    }
    double score = e / risk;
    if (article) {
      score += ARTICLE_DEFAULT;
      if (!proclitic && suffix.isEmpty()) {
        // Once the exceptions are ruled out (articlePossible), every sighting of الX is one of ال + X.
        score += wholeScore();
      }
    }
    if (proclitic && prep != 'س' && prep != 'ك' && Hints.isHamzaAlef(raw[at])) {
      score = score * 4 + HAMZA_DEFAULT;
    }
    return score;
  }

  private boolean articlePossible(char prep, int at, int s0, String stem) {
    boolean elided = prep == 'ل' && s0 - at == 1;
    if (!elided && Hints.isHamzaAlef(raw[at])) {
      return false; // ألتمان, إلى: a hamza never starts the article
    }
    String definite = "ال" + stem;
    if (NOT_ARTICLE.contains(definite)) {
      return false;
    }
    if (lex.hamzaInitial().contains(definite)) {
      return false; // المانيا is mostly written ألمانيا: no article
    }
    if (lex.count(stem) > 0 || family(stem, "") > 0) {
      return true;
    }
    // The remainder was never seen alone. التمان is a name; التزام takes ل as لالتزام and a
    // pronoun as التزامه, which a definite noun never does.
    return stem.length() >= 3 && !lex.names().contains(definite) && lex.count("ل" + definite) == 0
        && family(definite, "ه") == 0; // not ه, which is also the folded teh marbuta of القوميه
  }

  private boolean shortAllowed(boolean conj, char prep, boolean article, String stem, String suffix) {
    if (article) {
      return lex.count(stem) > 0; // الحق, الغد
    }
    if (!suffix.isEmpty()) {
      return PARTICLES.contains(stem);
    }
    if (prep == 'ب' || prep == 'ل') {
      return SHORT_AFTER_PREP.contains(stem) && !(prep == 'ل' && stem.equals("ما")); // لما is a word
    }
    return prep == 0 && conj && SHORT_AFTER_CONJ.contains(stem);
  }

  /**
   * A word that neither the lexicon nor any reading of it knows. In news an unseen word after و
   * is far more often و + a new name (وزوكربيرج) than a word of its own; names that start with
   * وا, وي or وو (وارنر, ويلسون, وولمارت) are the exception and stay whole. A pronoun that is
   * hardly ever the end of a stem (ها, هم) is split off as well.
   */
  private Parts unseen() {
    if (lex.names().contains(w) || NOT_ARTICLE.contains(w)) {
      return Parts.whole(w);
    }
    int s0 = w.charAt(0) == 'و' && n >= 5 && "اوي".indexOf(w.charAt(1)) < 0 ? 1 : 0;
    String suffix = "";
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && n - s.length() - s0 >= 3
          && (SAFE_SUFFIXES.contains(s) || s.equals("ه") && hinted && raw[n - 1] == 'ه')) {
        suffix = s;
        break;
      }
    }
    return new Parts(w.substring(0, s0), w.substring(s0, n - suffix.length()), suffix);
  }

  /**
   * How often the stem occurs with a pronoun other than {@code except}: تبذله attests the stem
   * of تبذلها even when تبذل alone was never seen.
   */
  private int family(String stem, String except) {
    int sum = 0;
    for (String s : FAMILY) {
      if (!s.equals(except)) {
        sum += lex.count(stem + s);
      }
    }
    return sum;
  }

  /** The word is written with a final ه, not a teh marbuta folded to ه. */
  private boolean explicitHeh() {
    return hinted && raw[n - 1] == 'ه';
  }
}
