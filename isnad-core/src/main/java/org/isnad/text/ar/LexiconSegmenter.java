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

/**
 * Clitic segmentation guided by a lexicon of word counts from public text ({@code stems.tsv},
 * built by {@code org.isnad.eval.text.LexiconBuilder}). Every reading of a word as
 * [و|ف] [ب|ك|ل|س] [ال] stem [pronoun] is weighed by how often its stem occurs alone or with
 * the article, divided by what its clitics risk, against how often the whole word occurs; the
 * best reading wins. So words that merely start with clitic letters (وزير, لبنان, بيزوس,
 * فيسبوك) stay whole. The written form settles what folding hides: a hamza starts a word
 * (وأكدت is و + أكدت; ألتمان has no article) and a teh marbuta is never a pronoun.
 *
 * <p>Thread-safe and stateless; the tokenizer remembers the parts of each distinct word.
 */
final class LexiconSegmenter implements CliticSegmenter {
  private static final String RESOURCE = "/org/isnad/text/ar/stems.tsv";

  private final Lexicon lex;

  private LexiconSegmenter(Lexicon lex) {
    this.lex = lex;
  }

  private static final class Holder {
    static final LexiconSegmenter INSTANCE = new LexiconSegmenter(load());
  }

  static LexiconSegmenter get() {
    return Holder.INSTANCE;
  }

  Lexicon lexicon() {
    return lex;
  }

  /** A segmenter over the given counts and names, for tests. */
  static LexiconSegmenter of(Map<String, Integer> counts, Set<String> names) {
    return new LexiconSegmenter(new Lexicon(Map.copyOf(counts), Set.copyOf(names), Set.of(), Set.of()));
  }

  private static Lexicon load() {
    Map<String, Integer> counts = new HashMap<>(1 << 17);
    Set<String> names = new HashSet<>(1 << 16);
    Set<String> hamza = new HashSet<>();
    Set<String> teh = new HashSet<>();
    try (InputStream in = LexiconSegmenter.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          if (f.length >= 2) {
            counts.put(f[0], Integer.parseInt(f[1].trim()));
            String flags = f.length >= 3 ? f[2] : "";
            if (flags.indexOf('N') >= 0) {
              names.add(f[0]);
            }
            if (flags.indexOf('H') >= 0) {
              hamza.add(f[0]);
            }
            if (flags.indexOf('T') >= 0) {
              teh.add(f[0]);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stem lexicon " + RESOURCE, e);
    }
    return new Lexicon(counts, names, hamza, teh);
  }

  /** The lexicon: counts, person names, and how words are mostly written. */
  record Lexicon(Map<String, Integer> counts, Set<String> names, Set<String> hamzaInitial, Set<String> tehFinal) {
    int count(String w) {
      Integer c = counts.get(w);
      return c == null ? 0 : c;
    }

    /** How well a word is attested alone: its count, and at least one sighting for a known name. */
    double attested(String w) {
      int c = count(w);
      return c == 0 && names.contains(w) ? 1 : c;
    }

    /** How well a stem is attested: alone or with the article (القاء, that is إلقاء, does not count for قاء). */
    double asStem(String stem) {
      double e = attested(stem);
      if (stem.startsWith("ال")) {
        return e;
      }
      String definite = "ال" + stem;
      return hamzaInitial.contains(definite) ? e : e + count(definite);
    }
  }

  @Override
  public Parts segment(String w) {
    return w.length() < 2 ? Parts.whole(w) : new Reading(lex, w, null).best();
  }

  @Override
  public Parts segment(String w, String surface) {
    if (w.length() < 2) {
      return Parts.whole(w);
    }
    return new Reading(lex, w, surface).best();
  }
}
