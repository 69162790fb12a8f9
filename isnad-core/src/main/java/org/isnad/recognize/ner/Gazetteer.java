package org.isnad.recognize.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Name lists the tagger consults as features: a token sequence that matches a list entry
 * marks its tokens as the beginning or inside of a match of that kind. Entries are kept as
 * hashes of their folded tokens, so the model carries what it learned from, not the lists'
 * text. A leading conjunction or preposition on the first word (وفرنسا, لباريس) still matches.
 * Immutable and thread-safe once built.
 */
public final class Gazetteer {
  /** What a list holds. */
  public enum Kind { PERSON_TOKEN, GIVEN_NAME, COUNTRY, CITY }

  static final int KINDS = Kind.values().length;
  private static final String[] PROCLITICS = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

  private final IntIndex[] sets;
  private final int[] maxTokens;

  private Gazetteer(IntIndex[] sets, int[] maxTokens) {
    this.sets = sets;
    this.maxTokens = maxTokens;
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
    for (int k = 0; k < KINDS; k++) {
      IntIndex set = sets[k];
      if (set.size() == 0) {
        continue;
      }
      for (int i = from; i < to; i++) {
        int len = longestAt(set, maxTokens[k], tokens, i, to);
        if (len > 0) {
          flags[i - from] |= 1 << (2 * k);
          for (int j = i + 1; j < i + len; j++) {
            flags[j - from] |= 1 << (2 * k + 1);
          }
        }
      }
    }
    return flags;
  }

  private static int longestAt(IntIndex set, int max, List<Token> tokens, int i, int to) {
    String first = tokens.get(i).norm();
    if (!tokens.get(i).isWord()) {
      return 0;
    }
    int best = 0;
    for (int strip = -1; strip < PROCLITICS.length; strip++) {
      int cut = 0;
      if (strip >= 0) {
        String p = PROCLITICS[strip];
        if (!first.startsWith(p) || first.length() - p.length() < 2) {
          continue;
        }
        cut = p.length();
      }
      int h = Hash.add(Hash.start(0), first, cut, first.length());
      if (set.get(Hash.finish(h)) >= 0) {
        best = Math.max(best, 1);
      }
      for (int len = 2; len <= max && i + len <= to; len++) {
        h = Hash.add(h, tokens.get(i + len - 1).norm());
        if (len > best && set.get(Hash.finish(h)) >= 0) {
          best = len;
        }
      }
      if (best > 0) {
        return best;
      }
    }
    return best;
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
    return new Gazetteer(sets, max);
  }

  /** Collects entries; each phrase is tokenized and folded as the tagger will see it. */
  public static final class Builder {
    private final Tokenizer tokenizer = Tokenizer.standard();
    private final IntIndex[] sets = new IntIndex[KINDS];
    private final int[] maxTokens = new int[KINDS];

    private Builder() {
      for (int k = 0; k < KINDS; k++) {
        sets[k] = new IntIndex(1024);
      }
    }

    /** Adds a phrase; returns false when it has no word tokens or more than six. */
    public boolean add(Kind kind, String phrase) {
      List<Token> toks = tokenizer.tokenize(phrase, 0, phrase.length());
      if (toks.isEmpty() || toks.size() > 6 || !toks.get(0).isWord()) {
        return false;
      }
      int h = Hash.start(0);
      for (Token t : toks) {
        h = Hash.add(h, t.norm());
      }
      sets[kind.ordinal()].add(Hash.finish(h));
      maxTokens[kind.ordinal()] = Math.max(maxTokens[kind.ordinal()], toks.size());
      return true;
    }

    public Gazetteer build() {
      IntIndex[] copy = new IntIndex[KINDS];
      for (int k = 0; k < KINDS; k++) {
        copy[k] = new IntIndex(sets[k].size());
        for (int key : sets[k].keysByRow()) {
          copy[k].add(key);
        }
      }
      return new Gazetteer(copy, maxTokens.clone());
    }
  }
}
