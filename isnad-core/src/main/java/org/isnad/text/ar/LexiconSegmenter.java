package org.isnad.text.ar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clitic segmentation guided by a lexicon of word counts from public text ({@code stems.tsv},
 * built by {@code org.isnad.eval.text.LexiconBuilder}). Every reading of the word as
 * [و|ف] [ب|ك|ل|س] [ال] stem [enclitic] is weighed by how often its stem occurs on its own or
 * with the article, against how often the whole word occurs; a clitic is split off only when
 * the stem is clearly better attested. So words that merely start with clitic letters (وزير,
 * بيزوس, لبنان, فيسبوك) stay whole, and words the lexicon has never seen are left alone,
 * except for the article, which is split unless the word is a known name (ألتمان) or a
 * frequent word whose remainder never occurs (المانيا).
 *
 * <p>Thread-safe. Results are cached per surface, which keeps the tokenizer fast.
 */
final class LexiconSegmenter implements CliticSegmenter {
  private static final String RESOURCE = "/org/isnad/text/ar/stems.tsv";
  private static final int CACHE_LIMIT = 200_000;
  /** Function words that look like article + stem and are not. */
  private static final Set<String> NOT_ARTICLE = Set.of("الي", "الا", "التي", "الذي", "الذين", "اللذين",
      "اللتين", "اللاتي", "اللواتي", "الله", "الان", "اللذان", "التان", "الف", "الفا", "الاف", "الافا", "اللهم",
      "الذان", "اليوم");
  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك"};
  /** Prepositions and particles that take a pronoun: منه, عليها, لدينا, انهم, لكنه. */
  private static final Set<String> PARTICLES = Set.of("من", "عن", "في", "علي", "الي", "مع", "لدي", "عند", "ان",
      "لكن", "بين", "حول", "دون", "ضد", "كل", "منذ", "لعل", "ليت", "حتي", "مثل", "فوق", "تحت", "امام", "خلف");
  /** Two-letter function words that follow the conjunctions و and ف (وقد, فلم, ومن). */
  private static final Set<String> SHORT_AFTER_CONJ = Set.of("قد", "لم", "لن", "ما", "لا", "ان", "من", "في",
      "عن", "مع", "هو", "هي", "هم", "ثم", "او", "ام", "بل", "كل", "لو", "اذ", "اي", "له", "به", "لي", "بي");
  /** Two-letter words that follow the prepositions ب and ل (بان, لان, بما). */
  private static final Set<String> SHORT_AFTER_PREP = Set.of("ان", "ما", "من");
  /** The clitic letters that only pronoun suffixes may follow as a whole word: له, بها, لنا. */
  private static final String BARE_PREPOSITIONS = "بل";
  /** Evidence given to an article reading of an unseen word: more than nothing, less than one sighting. */
  private static final double ARTICLE_DEFAULT = 0.5;
  /** Evidence given to a proclitic before a written hamza (وأكدت): the hamza starts a word. */
  private static final double HAMZA_DEFAULT = 0.6;
  /** A definite word seen this often whose remainder never occurs alone is taken as one word (المانيا). */
  private static final int FROZEN_ARTICLE = 10;

  private final Map<String, Integer> counts;
  private final Set<String> names;
  private final Map<String, Parts> cache = new ConcurrentHashMap<>();

  private LexiconSegmenter(Map<String, Integer> counts, Set<String> names) {
    this.counts = counts;
    this.names = names;
  }

  private static final class Holder {
    static final LexiconSegmenter INSTANCE = load();
  }

  static LexiconSegmenter get() {
    return Holder.INSTANCE;
  }

  static LexiconSegmenter of(Map<String, Integer> counts, Set<String> names) {
    return new LexiconSegmenter(Map.copyOf(counts), Set.copyOf(names));
  }

  private static LexiconSegmenter load() {
    Map<String, Integer> m = new HashMap<>(1 << 17);
    Set<String> n = new HashSet<>(1 << 16);
    try (InputStream in = LexiconSegmenter.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String[] f = line.split("\t");
          if (f.length >= 2 && !line.startsWith("#")) {
            m.put(f[0], Integer.parseInt(f[1].trim()));
            if (f.length >= 3 && f[2].equals("N")) {
              n.add(f[0]);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stem lexicon " + RESOURCE, e);
    }
    return new LexiconSegmenter(m, n);
  }

  @Override
  public Parts segment(String w) {
    return segment(w, w);
  }

  @Override
  public Parts segment(String w, String surface) {
    if (w.length() < 2) {
      return Parts.whole(w);
    }
    String key = surface == null ? w : surface;
    Parts p = cache.get(key);
    if (p == null) {
      p = analyse(w, surface == null ? w : surface);
      if (!p.prefix().concat(p.stem()).concat(p.suffix()).isEmpty() && cache.size() < CACHE_LIMIT) {
        cache.put(key, p);
      }
    }
    return p;
  }

  private int count(String w) {
    Integer c = counts.get(w);
    return c == null ? 0 : c;
  }

  /** How well a word is attested on its own: its count, and at least one sighting for a known name. */
  private double attested(String w) {
    int c = count(w);
    return c == 0 && names.contains(w) ? 1 : c;
  }

  /** How well a stem is attested: alone or with the article. */
  private double stemEvidence(String stem) {
    double e = attested(stem);
    if (!stem.startsWith("ال")) {
      e += count("ال" + stem);
    }
    return e;
  }

  private Parts analyse(String w, String surface) {
    char[] raw = Hints.align(w, surface);
    Parts best = Parts.whole(w);
    double bestScore = attested(w);
    int n = w.length();
    // Conjunction.
    for (int c = 0; c <= 1; c++) {
      if (c == 1 && !(w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
        break;
      }
      // Preposition or future marker: 0 none, 1 one letter, 2 ل with the article's alef elided (لل).
      for (int p = 0; p <= 2; p++) {
        int at = c;
        char clitic = at < n ? w.charAt(at) : 0;
        if (p >= 1 && !(clitic == 'ب' || clitic == 'ك' || clitic == 'ل' || clitic == 'س')) {
          break;
        }
        if (p == 2 && !(clitic == 'ل' && at + 1 < n && w.charAt(at + 1) == 'ل')) {
          break;
        }
        int stemStart = at + (p == 0 ? 0 : 1);
        for (int a = 0; a <= 1; a++) {
          boolean article = p == 2 || a == 1;
          if (p == 2 && a == 1) {
            break; // the elided article is already counted
          }
          int s0 = p == 2 ? stemStart + 1 : stemStart + (a == 1 ? 2 : 0);
          if (a == 1 && !w.startsWith("ال", stemStart)) {
            break;
          }
          for (int k = -1; k < SUFFIXES.length; k++) {
            String suffix = k < 0 ? "" : SUFFIXES[k];
            if (k >= 0 && (article || !w.endsWith(suffix))) {
              continue;
            }
            if (c == 0 && p == 0 && !article && k < 0) {
              continue; // the whole word, scored already
            }
            int end = n - suffix.length();
            if (end - s0 < 1) {
              continue;
            }
            double score = score(w, raw, c == 1, p == 0 ? 0 : clitic, stemStart, article, s0, end, suffix);
            if (score > bestScore) {
              bestScore = score;
              String stem = w.substring(s0, end);
              if (!suffix.isEmpty() && stem.endsWith("ت") && stem.length() > 2) {
                String asNoun = stem.substring(0, stem.length() - 1) + "ه";
                if (attested(asNoun) + count("ال" + asNoun) > attested(stem)) {
                  stem = asNoun; // شركته: the stem is شركة, folded شركه
                }
              }
              best = new Parts(w.substring(0, s0), stem, suffix);
            }
          }
        }
      }
    }
    if (bestScore == 0 && w.charAt(0) == 'و' && n >= 5 && "اوي".indexOf(w.charAt(1)) < 0) {
      // Neither the word nor any reading of it is known: in news an unseen word after و is far
      // more often و + a new name (وزوكربيرج) than a word of its own. Names with وا, وي, وو
      // (وارنر, ويلسون, وولمارت) are the exception, so those stay whole.
      best = new Parts("و", w.substring(1), "");
    }
    return best;
  }

  /**
   * The evidence for one reading divided by what its clitics risk; 0 when the reading is
   * impossible. {@code at} is where the word starts after the conjunction and preposition.
   */
  private double score(String w, char[] raw, boolean conj, char prep, int at, boolean article, int s0, int end,
      String suffix) {
    String stem = w.substring(s0, end);
    int len = stem.length();
    boolean tehMarbuta = Hints.endsWithTehMarbuta(raw);
    if (suffix.equals("ه") && tehMarbuta) {
      return 0; // شركة ends in teh marbuta, not in the pronoun
    }
    if (!suffix.isEmpty()) {
      // A pronoun on a bare preposition (له, بها, ولنا) or on a particle (منه, عليها, لانه).
      if (len == 1 && prep == 0 && (stem.equals("ل") || stem.equals("ب"))) {
        return suffix.equals("ه") || suffix.equals("ها") || suffix.equals("هم") || suffix.equals("هما")
            || suffix.equals("كم") || suffix.equals("نا") || suffix.equals("ي") || suffix.equals("ك")
            || suffix.equals("هن") ? Double.MAX_VALUE : 0;
      }
      if (PARTICLES.contains(stem)) {
        boolean prepOk = prep == 0 || (prep == 'ب' || prep == 'ل') && stem.equals("ان");
        boolean suffixOk = !suffix.equals("ي") || stem.equals("من") || stem.equals("عن") || stem.equals("مع");
        return prepOk && suffixOk ? Double.MAX_VALUE / 2 : 0;
      }
      if (suffix.equals("ي") && (count("ال" + w.substring(at)) > 0 || count(w.substring(at) + "ه") > 0)) {
        return 0; // a nisba adjective (اقتصادي, رئيسي: الرئيسي and رئيسيه occur), not a possessive
      }
    }
    if (len < 2 || len == 2 && !shortAllowed(conj, prep, article, stem, suffix)) {
      return 0;
    }
    if (article) {
      if (prep != 'ل' || s0 - at != 1) {
        if (Hints.isHamzaAlef(raw[at])) {
          return 0; // ألتمان, إلى: a hamza never starts the article
        }
      }
      String definite = "ال" + stem;
      if (NOT_ARTICLE.contains(definite)) {
        return 0;
      }
      if (count(stem) == 0
          && (count(definite) >= FROZEN_ARTICLE || names.contains(definite) || len < 3)) {
        return 0; // المانيا, التمان: never seen without the "article"
      }
    }
    if (prep == 'س' && (article || "يتنا".indexOf(stem.charAt(0)) < 0 || len < 3)) {
      return 0; // the future marker only comes before an imperfect verb
    }
    double risk = 1;
    if (conj && w.charAt(0) == 'ف') {
      risk *= 3;
    }
    if (prep != 0) {
      risk *= prep == 'ب' || prep == 'ل' ? 2 : 4;
    }
    if (!suffix.isEmpty()) {
      risk *= suffix.equals("ي") || suffix.equals("ك") ? 4 : suffix.equals("ه") ? 2 : 1.5;
    }
    boolean proclitic = conj || prep != 0;
    if (proclitic && !article && raw[at] == 'ا') {
      risk *= 3; // a careful writer spells the hamza: واحد is one word, وأحد two
    }
    double e = stemEvidence(stem);
    if (!suffix.isEmpty() && stem.endsWith("ت")) {
      e = Math.max(e, stemEvidence(stem.substring(0, len - 1) + "ه")); // شركته: شركة + ه
    }
    double score = e / risk;
    if (article) {
      score += ARTICLE_DEFAULT;
    }
    if (proclitic && prep != 'س' && prep != 'ك' && Hints.isHamzaAlef(raw[at])) {
      score = score * 4 + HAMZA_DEFAULT;
    }
    return score;
  }

  private static boolean shortAllowed(boolean conj, char prep, boolean article, String stem, String suffix) {
    if (article) {
      return false;
    }
    if (!suffix.isEmpty()) {
      return PARTICLES.contains(stem);
    }
    if (prep == 'ب' || prep == 'ل') {
      return SHORT_AFTER_PREP.contains(stem);
    }
    return prep == 0 && conj && SHORT_AFTER_CONJ.contains(stem);
  }
}
