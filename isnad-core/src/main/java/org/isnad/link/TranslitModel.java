package org.isnad.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One direction of transliteration: a joint n-gram model over aligned units (one source
 * letter, zero or more target letters), a target-letter n-gram model for fluency, and a table
 * of frequent whole words. Decoding is a beam search over the source letters. Immutable after
 * {@link #read}, so thread-safe.
 */
final class TranslitModel {
  private final Map<String, String> params;
  private final String[] unitTarget;
  private final int[][] unitChars;
  private final int[][] candidates;
  private final int[][] allCandidates;
  private final BackoffLm joint;
  private final BackoffLm chars;
  private final int unitBos;
  private final int unitEos;
  private final int charBos;
  private final int charEos;
  private final Map<String, String[]> lookup;
  private final double charWeight;
  private final int beam;
  private final boolean mergeSpellings;

  private TranslitModel(Map<String, String> params, String[] unitSource, String[] unitTarget,
      String charset, BackoffLm joint, BackoffLm chars, Map<String, String[]> lookup) {
    this.params = params;
    this.unitTarget = unitTarget;
    this.joint = joint;
    this.chars = chars;
    this.lookup = lookup;
    this.unitBos = unitTarget.length + 1;
    this.unitEos = unitTarget.length + 2;
    this.charBos = charset.length() + 1;
    this.charEos = charset.length() + 2;
    this.charWeight = Double.parseDouble(params.getOrDefault("charWeight", "0.3"));
    this.beam = Integer.parseInt(params.getOrDefault("beam", "24"));
    this.mergeSpellings = !"0".equals(params.get("mergeSpellings"));
    int maxCandidates = Integer.parseInt(params.getOrDefault("candidates", "16"));
    this.unitChars = new int[unitTarget.length + 1][];
    Map<Character, List<Integer>> bySource = new HashMap<>();
    for (int u = 1; u <= unitTarget.length; u++) {
      String t = unitTarget[u - 1];
      unitChars[u] = t.chars().map(c -> charset.indexOf(c) + 1).toArray();
      bySource.computeIfAbsent(unitSource[u - 1].charAt(0), k -> new ArrayList<>()).add(u);
    }
    this.candidates = new int[0x10000][];
    this.allCandidates = new int[0x10000][];
    // Units are written most frequent first, so the first few per letter are the likely ones.
    bySource.forEach((c, us) -> {
      candidates[c] = us.stream().limit(maxCandidates).mapToInt(Integer::intValue).toArray();
      allCandidates[c] = us.stream().mapToInt(Integer::intValue).toArray();
    });
  }

  /**
   * Reads the text form the trainer writes: {@code param} lines, {@code units N} and N lines
   * {@code source<TAB>target}, {@code charset<TAB>letters}, two {@link BackoffLm} blocks (joint,
   * then target letters), {@code lookup N} and N lines {@code key<TAB>word|word...} (the spellings
   * seen most often, tied), then {@code end}.
   */
  static TranslitModel read(BufferedReader in) throws IOException {
    Map<String, String> params = new HashMap<>();
    String line;
    while ((line = in.readLine()).startsWith("param ")) {
      String[] p = line.split(" ", 3);
      params.put(p[1], p[2]);
    }
    int n = Integer.parseInt(line.substring("units ".length()));
    String[] src = new String[n];
    String[] tgt = new String[n];
    for (int i = 0; i < n; i++) {
      String[] u = in.readLine().split("\t", -1);
      src[i] = u[0];
      tgt[i] = u[1];
    }
    String charset = in.readLine().split("\t", -1)[1];
    BackoffLm joint = BackoffLm.read(in);
    BackoffLm chars = BackoffLm.read(in);
    line = in.readLine();
    int entries = Integer.parseInt(line.substring("lookup ".length()));
    Map<String, String[]> lookup = new HashMap<>(entries * 2);
    for (int i = 0; i < entries; i++) {
      String[] kv = in.readLine().split("\t", -1);
      lookup.put(kv[0], kv[1].split("\\|"));
    }
    if (!"end".equals(in.readLine())) {
      throw new IOException("model block not terminated by 'end'");
    }
    return new TranslitModel(Map.copyOf(params), src, tgt, charset, joint, chars, lookup);
  }

  String param(String name) {
    return params.get(name);
  }

  /** The most frequent spelling seen in training for this folded word ({@code letters} unfolded), or null. */
  String lookup(String key, String letters) {
    String[] spellings = lookup.get(key);
    if (spellings == null) {
      return null;
    }
    // Spellings seen equally often (Putin and Botín, once each): the model's own preference decides.
    String best = spellings[0];
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; spellings.length > 1 && i < spellings.length; i++) {
      double score = forcedScore(letters, spellings[i]);
      if (score > bestScore) {
        bestScore = score;
        best = spellings[i];
      }
    }
    return best;
  }

  /** A spelling and its joint log probability. */
  record Scored(String text, double score) {}

  /** Up to {@code n} distinct spellings for {@code source} (already in the model's alphabet), best first. */
  List<String> nbest(String source, int n) {
    return scored(source, n).stream().map(Scored::text).toList();
  }

  /** Like {@link #nbest}, with the scores. */
  List<Scored> scored(String source, int n) {
    List<Hyp> hyps = List.of(new Hyp(null, 0, unitBos, 1, charBos, 1, 0.0));
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      int[] cands = candidates[c];
      if (cands == null) {
        continue;
      }
      Map<Key, Hyp> next = new HashMap<>();
      for (Hyp h : hyps) {
        for (int u : cands) {
          Hyp e = step(h, u);
          // Segmentations of the same spelling compete for one slot, so the beam keeps
          // distinct spellings (and the n-best list is not the same name five times).
          Key k = mergeSpellings ? new Key(extend(h.text, u), 0, 0) : new Key(e.units, e.chars, 0);
          Hyp old = next.get(k);
          if (old == null || old.score < e.score) {
            next.put(k, e);
          }
        }
      }
      hyps = prune(new ArrayList<>(next.values()), beam);
    }
    List<Hyp> done = finish(hyps);
    List<Scored> out = new ArrayList<>(n);
    List<String> texts = new ArrayList<>(n);
    for (Hyp h : done) {
      String text = h.text();
      if (!texts.contains(text)) {
        texts.add(text);
        out.add(new Scored(text, h.score));
        if (out.size() == n) {
          break;
        }
      }
    }
    return out;
  }

  private List<Hyp> finish(List<Hyp> hyps) {
    List<Hyp> done = new ArrayList<>(hyps.size());
    for (Hyp h : hyps) {
      double s = h.score + joint.logProb(h.units, h.unitLen, unitEos)
          + charWeight * chars.logProb(h.chars, h.charLen, charEos);
      done.add(new Hyp(h.parent, h.unit, h.units, h.unitLen, h.chars, h.charLen, s));
    }
    return prune(done, done.size());
  }

  /**
   * The best joint log probability of writing {@code source} as exactly {@code target} (both
   * in the model's alphabets), or negative infinity when no alignment the model knows fits.
   */
  double forcedScore(String source, String target) {
    List<Hyp> hyps = List.of(new Hyp(null, 0, unitBos, 1, charBos, 1, 0.0));
    for (int i = 0; i < source.length() && !hyps.isEmpty(); i++) {
      int[] cands = allCandidates[source.charAt(i)];
      if (cands == null) {
        continue;
      }
      Map<Key, Hyp> next = new HashMap<>();
      for (Hyp h : hyps) {
        int at = h.position();
        for (int u : cands) {
          String chunk = unitTarget[u - 1];
          if (!target.startsWith(chunk, at)) {
            continue;
          }
          Hyp e = step(h, u);
          // The target position is part of the state: histories alone do not fix it.
          Key k = new Key(e.units, e.chars, at + chunk.length());
          Hyp old = next.get(k);
          if (old == null || old.score < e.score) {
            next.put(k, e);
          }
        }
      }
      hyps = prune(new ArrayList<>(next.values()), beam);
    }
    double best = Double.NEGATIVE_INFINITY;
    for (Hyp h : finish(new ArrayList<>(hyps))) {
      if (h.position() == target.length()) {
        best = Math.max(best, h.score);
      }
    }
    return best;
  }

  private long extend(long text, int unit) {
    if (unit == 0) {
      return text;
    }
    String chunk = unitTarget[unit - 1];
    for (int i = 0; i < chunk.length(); i++) {
      text = text * 1_000_003L + chunk.charAt(i) + 1;
    }
    return text;
  }

  private static List<Hyp> prune(List<Hyp> hyps, int keep) {
    hyps.sort(Collections.reverseOrder((a, b) -> Double.compare(a.score, b.score)));
    return hyps.size() > keep ? hyps.subList(0, keep) : hyps;
  }

  /** {@code h} extended by unit {@code u}: the joint model's score plus the target letters' score. */
  private Hyp step(Hyp h, int u) {
    double s = h.score + joint.logProb(h.units, h.unitLen, u);
    long ch = h.chars;
    int chLen = h.charLen;
    for (int x : unitChars[u]) {
      s += charWeight * chars.logProb(ch, chLen, x);
      ch = chars.push(ch, x);
      chLen++;
    }
    return new Hyp(h, u, joint.push(h.units, u), h.unitLen + 1, ch, chLen, s);
  }

  private record Key(long units, long chars, int position) {}

  private final class Hyp {
    final Hyp parent;
    final int unit;
    final long units;
    final int unitLen;
    final long chars;
    final int charLen;
    final double score;
    /** A hash of the letters written so far, whatever the segmentation. */
    final long text;

    Hyp(Hyp parent, int unit, long units, int unitLen, long chars, int charLen, double score) {
      this.text = extend(parent == null ? 0 : parent.text, unit);
      this.parent = parent;
      this.unit = unit;
      this.units = units;
      this.unitLen = unitLen;
      this.chars = chars;
      this.charLen = charLen;
      this.score = score;
    }

    /** How many target letters this hypothesis has written. */
    int position() {
      int n = 0;
      for (Hyp h = this; h != null && h.unit != 0; h = h.parent) {
        n += unitTarget[h.unit - 1].length();
      }
      return n;
    }

    String text() {
      List<String> parts = new ArrayList<>();
      for (Hyp h = this; h != null && h.unit != 0; h = h.parent) {
        parts.add(unitTarget[h.unit - 1]);
      }
      Collections.reverse(parts);
      return String.join("", parts);
    }
  }
}
