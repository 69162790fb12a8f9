package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * The NER corpora as the tagger sees them. Each file is one {@code token TAG} per line with
 * blank lines between sentences; its tokens are split on whitespace only, while the project's
 * {@link Tokenizer} also splits off punctuation. {@link #align} re-tokenizes a sentence with
 * the Tokenizer and gives every sub-token a consistent label, so training sees exactly the
 * tokens the runtime will; scores are still counted on the corpus's own tokens.
 */
final class NerCorpus {
  /** A corpus sentence: whitespace tokens and IOB2 tags in the PERS/ORG/LOC/MISC scheme. */
  record Sentence(List<String> words, List<String> tags) {}

  /**
   * A sentence re-tokenized: sub-tokens, their labels, each word's head sub-token (-1 if none),
   * and the text the tokens' offsets point into.
   */
  record Aligned(List<Token> tokens, List<String> labels, int[] head, String text) {}

  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  private NerCorpus() {}

  static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      int sp = s.lastIndexOf(' ');
      if (s.isEmpty() || sp <= 0) {
        if (!words.isEmpty()) {
          out.add(new Sentence(List.copyOf(words), repair(tags)));
          words.clear();
          tags.clear();
        }
        continue;
      }
      words.add(s.substring(0, sp).strip());
      tags.add(mapTag(s.substring(sp + 1)));
    }
    if (!words.isEmpty()) {
      out.add(new Sentence(List.copyOf(words), repair(tags)));
    }
    return out;
  }

  /** Maps AQMAR's tags (PER, MIS0..3 and the raw release's misspellings) onto ANERcorp's. */
  static String mapTag(String raw) {
    String t = raw.toUpperCase(Locale.ROOT).replace("--", "-");
    if (t.length() < 3 || t.charAt(1) != '-' || (t.charAt(0) != 'B' && t.charAt(0) != 'I')) {
      return "O";
    }
    String cls = t.substring(2);
    String mapped = cls.startsWith("PER") ? "PERS" : cls.startsWith("ORG") ? "ORG" : cls.startsWith("LOC") ? "LOC" : "MISC";
    return t.charAt(0) + "-" + mapped;
  }

  /** IOB2 repair: an I-X that does not continue an X starts one. */
  static List<String> repair(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prev = "O";
    for (String t : tags) {
      if (t.startsWith("I-") && !(prev.length() > 2 && prev.substring(2).equals(t.substring(2)))) {
        t = "B-" + t.substring(2);
      }
      out.add(t);
      prev = t;
    }
    return List.copyOf(out);
  }

  static Aligned align(Sentence s) {
    StringBuilder text = new StringBuilder();
    int[] wordStart = new int[s.words().size() + 1];
    for (int w = 0; w < s.words().size(); w++) {
      wordStart[w] = text.length();
      text.append(s.words().get(w)).append(' ');
    }
    wordStart[s.words().size()] = text.length();
    String str = text.toString();
    List<Token> tokens = TOKENIZER.tokenize(str, 0, str.length());
    int[] wordOf = new int[tokens.size()];
    int w = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (tokens.get(i).start() >= wordStart[w + 1]) {
        w++;
      }
      wordOf[i] = w;
    }
    String[] labels = new String[tokens.size()];
    int[] head = new int[s.words().size()];
    java.util.Arrays.fill(head, -1);
    int i = 0;
    while (i < tokens.size()) {
      int word = wordOf[i];
      int end = i;
      while (end < tokens.size() && wordOf[end] == word) {
        end++;
      }
      labelWord(s, word, tokens, i, end, labels, head);
      i = end;
    }
    return new Aligned(tokens, List.of(labels), head, str);
  }

  /**
   * Labels the sub-tokens {@code [from, to)} of one word. Punctuation at the word's edges
   * stays outside the name (so a quoted or bracketed name is the name alone), except where
   * the name continues across it into the neighbouring word.
   */
  private static void labelWord(Sentence s, int word, List<Token> tokens, int from, int to, String[] labels, int[] head) {
    String tag = s.tags().get(word);
    int core = from;
    while (core < to && !isWordLike(tokens.get(core))) {
      core++;
    }
    int coreEnd = to;
    while (coreEnd > core && !isWordLike(tokens.get(coreEnd - 1))) {
      coreEnd--;
    }
    if (core == to) { // punctuation only: the word's tag as it is
      core = from;
      coreEnd = to;
    }
    head[word] = core;
    if (tag.equals("O")) {
      for (int k = from; k < to; k++) {
        labels[k] = "O";
      }
      return;
    }
    String inside = "I-" + tag.substring(2);
    boolean continues = word + 1 < s.tags().size() && s.tags().get(word + 1).equals(inside);
    for (int k = from; k < core; k++) {
      labels[k] = tag.startsWith("I-") ? inside : "O";
    }
    for (int k = core; k < coreEnd; k++) {
      labels[k] = k == core ? tag : inside;
    }
    for (int k = coreEnd; k < to; k++) {
      labels[k] = continues ? inside : "O";
    }
  }

  private static boolean isWordLike(Token t) {
    return t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN || t.kind() == Token.Kind.NUMBER;
  }

  /** The predicted tag of each corpus word: its head sub-token's label. */
  static List<String> wordTags(Aligned a, List<String> predicted, int words) {
    List<String> out = new ArrayList<>(words);
    for (int w = 0; w < words; w++) {
      out.add(a.head()[w] < 0 ? "O" : predicted.get(a.head()[w]));
    }
    return out;
  }
}
