package org.isnad.eval.link;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.isnad.eval.link.NamePairs.Pair;
import org.isnad.link.Transliterator;

/**
 * Trains one direction of the transliterator from name pairs: EM letter alignment, a
 * Kneser-Ney joint n-gram model over the aligned units, a Kneser-Ney model of target letters,
 * and the table of frequent words. Deterministic: same pairs and settings, same bytes.
 */
final class TranslitTrainer {
  /** Settings of one direction; the defaults were chosen on wd_arabic_64 / wd_arabic_16. */
  record Settings(int maxTarget, int iterations, int jointOrder, int charOrder, double charWeight,
      int beam, int candidates, int minTop, int minLookup, double reverseWeight, int rerankDepth,
      int mergeSpellings, int charMinTop) {
    Settings with(String name, double v) {
      return new Settings(
          name.equals("maxTarget") ? (int) v : maxTarget,
          name.equals("iterations") ? (int) v : iterations,
          name.equals("jointOrder") ? (int) v : jointOrder,
          name.equals("charOrder") ? (int) v : charOrder,
          name.equals("charWeight") ? v : charWeight,
          name.equals("beam") ? (int) v : beam,
          name.equals("candidates") ? (int) v : candidates,
          name.equals("minTop") ? (int) v : minTop,
          name.equals("minLookup") ? (int) v : minLookup,
          name.equals("reverseWeight") ? v : reverseWeight,
          name.equals("rerankDepth") ? (int) v : rerankDepth,
          name.equals("mergeSpellings") ? (int) v : mergeSpellings,
          name.equals("charMinTop") ? (int) v : charMinTop);
    }
  }

  static final Settings AR_EN = new Settings(4, 10, 4, 5, 0.25, 16, 8, 2, 1, 0.3, 8, 1, 1);
  static final Settings EN_AR = new Settings(2, 10, 3, 5, 0.15, 16, 8, 1, 1, 0.5, 8, 1, 1);

  private TranslitTrainer() {}

  /**
   * Writes one model block. {@code source} and {@code target} pick the sides of each pair;
   * {@code lookupKey} folds a source word to the key of the frequent-word table.
   */
  static void train(List<Pair> pairs, Function<Pair, String> source, Function<Pair, String> target,
      Function<String, String> lookupKey, Settings s, Writer out) throws IOException {
    List<String> src = new ArrayList<>();
    List<String> tgt = new ArrayList<>();
    for (Pair p : pairs) {
      src.add(source.apply(p));
      tgt.add(target.apply(p));
    }
    List<Aligner.Alignment> aligned = new Aligner(s.maxTarget()).align(src, tgt, s.iterations());

    Map<String, Integer> unitFreq = new HashMap<>();
    for (Aligner.Alignment a : aligned) {
      if (a != null) {
        a.units().forEach(u -> unitFreq.merge(u, 1, Integer::sum));
      }
    }
    // Most frequent first (ties by text), so the runtime can cap candidates per letter.
    List<String> units = new ArrayList<>(unitFreq.keySet());
    units.sort(Comparator.<String>comparingInt(unitFreq::get).reversed().thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> unitId = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      unitId.put(units.get(i), i + 1);
    }
    StringBuilder charset = new StringBuilder();
    new java.util.TreeSet<>(tgt.stream().flatMap(t -> t.chars().mapToObj(c -> (char) c)).toList())
        .forEach(charset::append);

    KneserNey joint = new KneserNey(s.jointOrder(), units.size() + 2);
    KneserNey chars = new KneserNey(s.charOrder(), charset.length() + 2);
    for (int p = 0; p < aligned.size(); p++) {
      Aligner.Alignment a = aligned.get(p);
      if (a == null) {
        continue;
      }
      joint.add(a.units().stream().mapToInt(unitId::get).toArray());
      chars.add(tgt.get(p).chars().map(c -> charset.indexOf(String.valueOf((char) c)) + 1).toArray());
    }

    out.write(String.format(Locale.ROOT, "param charWeight %s%nparam beam %d%nparam candidates %d%n",
        s.charWeight(), s.beam(), s.candidates()));
    out.write(String.format(Locale.ROOT, "param reverseWeight %s%nparam rerankDepth %d%n", s.reverseWeight(),
        s.rerankDepth()));
    out.write(String.format(Locale.ROOT, "param mergeSpellings %d%n", s.mergeSpellings()));
    out.write(String.format(Locale.ROOT, "param pairs %d%nparam settings %s%n", pairs.size(), s));
    out.write("units " + units.size() + "\n");
    for (String u : units) {
      out.write(u + "\n");
    }
    out.write("charset\t" + charset + "\n");
    joint.write(out, s.minTop());
    chars.write(out, s.charMinTop());
    Map<String, String> lookup = lookup(pairs, source, target, lookupKey, s.minLookup());
    out.write("lookup " + lookup.size() + "\n");
    for (Map.Entry<String, String> e : lookup.entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    out.write("end\n");
  }

  /** Whether the two spellings share a consonant skeleton, a glued article (alharby) allowed for. */
  static boolean agrees(String arabic, String latin) {
    String key = Transliterator.matchKey(arabic);
    return key.equals(Transliterator.matchKey(latin)) || arabic.startsWith("\u0627\u0644")
        && (latin.startsWith("al") || latin.startsWith("el"))
        && key.equals(Transliterator.matchKey(latin.substring(2)));
  }

  /** Each folded source word whose commonest spelling was seen minCount times or more, with that spelling (or the tied ones). */
  static Map<String, String> lookup(List<Pair> pairs, Function<Pair, String> source,
      Function<Pair, String> target, Function<String, String> key, int minCount) {
    Map<String, Map<String, Integer>> seen = new TreeMap<>();
    for (Pair p : pairs) {
      // Wikidata's token pairs are sometimes misaligned (الله paired with Granada): a spelling
      // counts only if its consonant skeleton agrees with the source word's.
      if (agrees(p.arabic(), p.latin())) {
        seen.computeIfAbsent(key.apply(source.apply(p)), k -> new TreeMap<>())
            .merge(target.apply(p), p.count(), Integer::sum);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    seen.forEach((k, spellings) -> {
      int max = spellings.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (max >= minCount) {
        List<String> tied = new ArrayList<>();
        spellings.forEach((sp, c) -> {
          if (c == max) {
            tied.add(sp);
          }
        });
        out.put(k, String.join("|", tied));
      }
    });
    return out;
  }
}
