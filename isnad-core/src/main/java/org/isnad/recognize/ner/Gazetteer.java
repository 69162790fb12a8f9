package org.isnad.recognize.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * The word lists the tagger consults as features. Name lists: a token sequence that matches an
 * entry marks its tokens as the beginning or inside of a match of that kind; a leading
 * conjunction or preposition on the first word (وفرنسا, لباريس) still matches. Reference text:
 * how often a word occurs in it, and how much its letters look like a listed name's rather than
 * an ordinary word's. Everything is kept as hashes of folded forms, so the model carries what it
 * learned from, not the lists' text. Immutable and thread-safe once built.
 */
public final class Gazetteer {
  /** What a list holds. */
  public enum Kind { PERSON_TOKEN, GIVEN_NAME, COUNTRY, CITY }

  static final int KINDS = Kind.values().length;
  private static final String[] PROCLITICS = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

  private final IntIndex[] sets;
  private final int[] maxTokens;
  /** Word frequency in plain reference text, by light stem: rare words are likelier names. */
  private final IntIndex words;
  private final byte[] buckets;
  /** Letter trigrams: log-odds (times 8) of being in a name-list word rather than a reference-text word. */
  private final IntIndex trigrams;
  private final byte[] odds;
  /** Word classes learned from unlabeled text ({@link WordClusters}), by hash of the cluster key. */
  private final IntIndex clusterWords;
  private final int[] clusters;

  private Gazetteer(IntIndex[] sets, int[] maxTokens, IntIndex words, byte[] buckets, IntIndex trigrams, byte[] odds,
      IntIndex clusterWords, int[] clusters) {
    this.sets = sets;
    this.maxTokens = maxTokens;
    this.words = words;
    this.buckets = buckets;
    this.trigrams = trigrams;
    this.odds = odds;
    this.clusterWords = clusterWords;
    this.clusters = clusters;
  }

  /** The word's classes packed as {@link WordClusters#pack}, or -1 when it was too rare to cluster. */
  int cluster(String key) {
    int row = clusterWords.get(Hash.of(80, key));
    return row < 0 ? -1 : clusters[row];
  }

  /** How many words have classes. */
  public int clusteredWords() {
    return clusterWords.size();
  }

  /**
   * How much a word's letters look like a name's, from -4 (a native common word) to 4 (a
   * transliterated name such as تروتنيف): the mean letter-trigram log-odds, rounded. Names
   * never listed still score high, which the lists alone cannot give.
   */
  int nameLikeness(String word) {
    if (word == null || word.length() < 2 || trigrams.size() == 0) {
      return -9;
    }
    int sum = 0;
    int n = 0;
    for (int i = -1; i + 2 <= word.length(); i++) {
      int row = trigrams.get(trigram(word, i));
      sum += row < 0 ? 0 : odds[row];
      n++;
    }
    return Math.max(-4, Math.min(4, Math.round(sum / (8f * n))));
  }

  private static int trigram(String w, int i) {
    int h = Hash.start(65);
    for (int j = i; j < i + 3; j++) {
      h = (h ^ (j < 0 ? '^' : j >= w.length() ? '$' : w.charAt(j))) * 0x01000193;
    }
    return Hash.finish(h);
  }

  /** How often the word was seen in the reference text: 0 never, then 1, 2-4, 5-19, 20-99, 100 or more. */
  int frequency(String key) {
    if (key == null) {
      return -1;
    }
    int row = words.get(Hash.of(60, key));
    return row < 0 ? 0 : buckets[row];
  }

  static int bucket(int count) {
    return count <= 0 ? 0 : count == 1 ? 1 : count < 5 ? 2 : count < 20 ? 3 : count < 100 ? 4 : 5;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size(Kind kind) {
    return sets[kind.ordinal()].size();
  }

  /**
   * For each token of {@code [from, to)}, a bit set: bit {@code 2k} when a match of kind
   * {@code k} begins there, bit {@code 2k+1} when the token is inside a longer match.
   */
  int[] match(List<Token> tokens, int from, int to) {
    int[] flags = new int[to - from];
    int maxAll = 0;
    for (int k = 0; k < KINDS; k++) {
      maxAll = sets[k].size() == 0 ? maxAll : Math.max(maxAll, maxTokens[k]);
    }
    if (maxAll == 0) {
      return flags;
    }
    int[] hashes = new int[maxAll + 1];
    int[] best = new int[KINDS];
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        continue;
      }
      String first = t.norm();
      java.util.Arrays.fill(best, -1); // -1: no variant has matched this kind yet
      for (int strip = -1; strip < PROCLITICS.length; strip++) {
        int cut = 0;
        if (strip >= 0) {
          String p = PROCLITICS[strip];
          if (!first.startsWith(p) || first.length() - p.length() < 2) {
            continue;
          }
          cut = p.length();
        }
        // The phrase hashes of lengths 1..maxAll from here, computed once for every kind.
        int h = Hash.add(Hash.start(0), first, cut, first.length());
        hashes[1] = Hash.finish(h);
        int len = 1;
        while (len < maxAll && i + len < to) {
          h = Hash.add(h, tokens.get(i + len).norm());
          hashes[++len] = Hash.finish(h);
        }
        boolean open = false;
        for (int k = 0; k < KINDS; k++) {
          if (best[k] >= 0 || sets[k].size() == 0) {
            continue;
          }
          for (int m = Math.min(len, maxTokens[k]); m >= 1; m--) {
            if (sets[k].get(hashes[m]) >= 0) {
              best[k] = m;
              break;
            }
          }
          open |= best[k] < 0;
        }
        if (!open) {
          break;
        }
      }
      for (int k = 0; k < KINDS; k++) {
        if (best[k] > 0) {
          flags[i - from] |= 1 << (2 * k);
          for (int j = i + 1; j < i + best[k]; j++) {
            flags[j - from] |= 1 << (2 * k + 1);
          }
        }
      }
    }
    return flags;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(KINDS);
    for (int k = 0; k < KINDS; k++) {
      int[] keys = IntIndex.sorted(sets[k].keysByRow());
      out.writeInt(maxTokens[k]);
      out.writeInt(keys.length);
      int prev = Integer.MIN_VALUE;
      for (int key : keys) {
        out.writeInt(key - prev); // sorted deltas compress far better than raw hashes
        prev = key;
      }
    }
    int[] keys = words.keysByRow();
    Integer[] order = new Integer[keys.length];
    java.util.Arrays.setAll(order, i -> i);
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
    out.writeInt(keys.length);
    int prev = Integer.MIN_VALUE;
    for (int r : order) {
      out.writeInt(keys[r] - prev);
      out.writeByte(buckets[r]);
      prev = keys[r];
    }
    int[] tk = IntIndex.sorted(trigrams.keysByRow());
    out.writeInt(tk.length);
    prev = Integer.MIN_VALUE;
    for (int key : tk) {
      out.writeInt(key - prev);
      out.writeByte(odds[trigrams.get(key)]);
      prev = key;
    }
    int[] ck = IntIndex.sorted(clusterWords.keysByRow());
    out.writeInt(ck.length);
    prev = Integer.MIN_VALUE;
    for (int key : ck) {
      out.writeInt(key - prev);
      out.writeInt(clusters[clusterWords.get(key)]);
      prev = key;
    }
  }

  static Gazetteer read(DataInputStream in) throws IOException {
    int kinds = in.readInt();
    if (kinds != KINDS) {
      throw new IOException("model has " + kinds + " gazetteer kinds, this code knows " + KINDS + ": retrain the model");
    }
    IntIndex[] sets = new IntIndex[KINDS];
    int[] max = new int[KINDS];
    for (int k = 0; k < KINDS; k++) {
      max[k] = in.readInt();
      int n = in.readInt();
      sets[k] = new IntIndex(n);
      int prev = Integer.MIN_VALUE;
      for (int j = 0; j < n; j++) {
        prev += in.readInt();
        sets[k].add(prev);
      }
    }
    int n = in.readInt();
    IntIndex words = new IntIndex(n);
    byte[] buckets = new byte[n];
    int prev = Integer.MIN_VALUE;
    for (int j = 0; j < n; j++) {
      prev += in.readInt();
      buckets[words.add(prev)] = in.readByte();
    }
    int nt = in.readInt();
    IntIndex trigrams = new IntIndex(nt);
    byte[] odds = new byte[nt];
    prev = Integer.MIN_VALUE;
    for (int j = 0; j < nt; j++) {
      prev += in.readInt();
      odds[trigrams.add(prev)] = in.readByte();
    }
    int nc = in.readInt();
    IntIndex clusterWords = new IntIndex(nc);
    int[] clusters = new int[nc];
    prev = Integer.MIN_VALUE;
    for (int j = 0; j < nc; j++) {
      prev += in.readInt();
      clusters[clusterWords.add(prev)] = in.readInt();
    }
    return new Gazetteer(sets, max, words, buckets, trigrams, odds, clusterWords, clusters);
  }

  /** Collects entries; each phrase is tokenized and folded as the tagger will see it. */
  public static final class Builder {
    private final Tokenizer tokenizer = Tokenizer.standard();
    private final IntIndex[] sets = new IntIndex[KINDS];
    private final int[] maxTokens = new int[KINDS];
    private final IntIndex words = new IntIndex(1 << 16);
    private int[] counts = new int[1 << 16];
    private final java.util.Map<Integer, int[]> trigramCounts = new java.util.TreeMap<>(); // {in names, in text}
    private final int[] trigramTotals = new int[2];
    private final List<String[]> clusterText = new java.util.ArrayList<>();
    private int[] clusterSizes = {};

    private Builder() {
      for (int k = 0; k < KINDS; k++) {
        sets[k] = new IntIndex(1024);
      }
    }

    private void countTrigrams(String w, int side) {
      for (int i = -1; i + 2 <= w.length(); i++) {
        trigramCounts.computeIfAbsent(trigram(w, i), x -> new int[2])[side]++;
        trigramTotals[side]++;
      }
    }

    /** Adds a phrase; returns false when it has no word tokens or more than six. */
    public boolean add(Kind kind, String phrase) {
      List<Token> toks = tokenizer.tokenize(phrase, 0, phrase.length());
      if (toks.isEmpty() || toks.size() > 6 || !toks.get(0).isWord()) {
        return false;
      }
      if ((kind == Kind.PERSON_TOKEN || kind == Kind.GIVEN_NAME) && toks.size() == 1
          && toks.get(0).kind() == Token.Kind.ARABIC) {
        countTrigrams(Features.lightStem(toks.get(0).norm()), 0);
      }
      int h = Hash.start(0);
      for (Token t : toks) {
        h = Hash.add(h, t.norm());
      }
      sets[kind.ordinal()].add(Hash.finish(h));
      maxTokens[kind.ordinal()] = Math.max(maxTokens[kind.ordinal()], toks.size());
      return true;
    }

    /** Counts the words of plain reference text (no names marked), for the word-frequency feature. */
    public void addText(String text) {
      for (Token t : tokenizer.tokenize(text, 0, text.length())) {
        String key = Features.docKey(t);
        if (key != null) {
          int row = words.add(Hash.of(60, key));
          if (row >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, counts.length * 2);
          }
          if (counts[row]++ == 0 && t.kind() == Token.Kind.ARABIC) {
            countTrigrams(key, 1); // each distinct word once: the vocabulary, not its frequency
          }
        }
      }
    }

    /** Adds plain text (one sentence or paragraph) to the unlabeled text that word classes are learned from. */
    public void addClusterText(String text) {
      List<Token> toks = tokenizer.tokenize(text, 0, text.length());
      String[] keys = new String[toks.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = Features.clusterKey(toks.get(i));
      }
      if (keys.length > 0) {
        clusterText.add(keys);
      }
    }

    /**
     * Learn word classes at these granularities (at most three, each at most 1024 classes) from
     * the text given to {@link #addClusterText}; none when empty.
     */
    public Builder clusterSizes(int... sizes) {
      if (sizes.length > 3) {
        throw new IllegalArgumentException("at most 3 cluster granularities, got " + sizes.length);
      }
      for (int k : sizes) {
        if (k < 2 || k > 1024) {
          throw new IllegalArgumentException("cluster sizes must be 2..1024, got " + k);
        }
      }
      this.clusterSizes = sizes.clone();
      return this;
    }

    public Gazetteer build() {
      IntIndex[] copy = new IntIndex[KINDS];
      for (int k = 0; k < KINDS; k++) {
        copy[k] = new IntIndex(sets[k].size());
        for (int key : sets[k].keysByRow()) {
          copy[k].add(key);
        }
      }
      IntIndex w = new IntIndex(words.size());
      byte[] b = new byte[words.size()];
      int[] keys = words.keysByRow();
      for (int r = 0; r < keys.length; r++) {
        b[w.add(keys[r])] = (byte) bucket(counts[r]);
      }
      IntIndex tri = new IntIndex(trigramCounts.size());
      byte[] odds = new byte[trigramCounts.size()];
      if (trigramTotals[0] > 0 && trigramTotals[1] > 0) {
        double v = trigramCounts.size();
        trigramCounts.forEach((key, c) -> {
          double lr = Math.log((c[0] + 1) / (trigramTotals[0] + v)) - Math.log((c[1] + 1) / (trigramTotals[1] + v));
          odds[tri.add(key)] = (byte) Math.max(-127, Math.min(127, Math.round(lr * 8)));
        });
      }
      IntIndex cw = new IntIndex(1024);
      int[] cl = new int[0];
      if (clusterSizes.length > 0 && !clusterText.isEmpty()) {
        java.util.Map<String, Integer> learned = WordClusters.learn(clusterText, clusterSizes, 2, 20);
        java.util.List<String> sorted = new java.util.ArrayList<>(learned.keySet());
        java.util.Collections.sort(sorted);
        cl = new int[sorted.size()];
        for (String key : sorted) {
          cl[cw.add(Hash.of(80, key))] = learned.get(key);
        }
      }
      return new Gazetteer(copy, maxTokens.clone(), w, b, tri, odds, cw, Arrays.copyOf(cl, cw.size()));
    }
  }
}
