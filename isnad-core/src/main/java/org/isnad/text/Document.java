package org.isnad.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article: its original text, exactly as read, and what the pipeline has found in it.
 * Every span is a view of {@link #text()}; none is a copy. Offsets handed to users are in
 * code points ({@link #codePointOffset(int)}), since Java strings count UTF-16 units.
 */
public final class Document {
  private final String id;
  private final String text;
  private final Metadata meta;
  private final String lang;
  private final int[] cpIndex; // null when the text has no surrogate pairs
  private List<Token> tokens = List.of();
  private List<Sentence> sentences = List.of();
  private NormalizedText normalized;

  public Document(String id, String text, Metadata meta, String lang) {
    this.id = Objects.requireNonNull(id, "id");
    this.text = Objects.requireNonNull(text, "text");
    this.meta = Objects.requireNonNull(meta, "meta");
    this.lang = Objects.requireNonNull(lang, "lang");
    this.cpIndex = buildCodePointIndex(text);
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public Metadata meta() {
    return meta;
  }

  /** {@code ar} or {@code en}. */
  public String lang() {
    return lang;
  }

  public boolean isArabic() {
    return "ar".equals(lang);
  }

  public LocalDate published() {
    return meta.published();
  }

  /** Where the article body starts, after the optional header block. */
  public int bodyStart() {
    return meta.bodyStart();
  }

  public String slice(Span s) {
    return text.substring(s.start(), s.end());
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /** The code-point offset of UTF-16 index {@code i}. */
  public int codePointOffset(int i) {
    return cpIndex == null ? i : cpIndex[i];
  }

  public int codePointLength() {
    return codePointOffset(text.length());
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public NormalizedText normalized() {
    if (normalized == null) {
      normalized = NormalizedText.of(text);
    }
    return normalized;
  }

  void setTokens(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** The index of the token covering UTF-16 index {@code i}, or of the next token after it; -1 past the last. */
  public int tokenAt(int i) {
    int k = indexAt(tokens(), i, Token::start, Token::end);
    if (k >= 0) {
      return k;
    }
    int next = -k - 1;
    return next < tokens().size() ? next : -1;
  }

  /** The sentence holding UTF-16 index {@code i}, or null. */
  public Sentence sentenceAt(int i) {
    int k = indexAt(sentences, i, Sentence::start, Sentence::end);
    return k >= 0 ? sentences.get(k) : null;
  }

  /** Binary search of ordered, disjoint [start, end) items: the one holding {@code i}, else -(next) - 1. */
  private static <T> int indexAt(List<T> items, int i, java.util.function.ToIntFunction<T> start,
      java.util.function.ToIntFunction<T> end) {
    int lo = 0;
    int hi = items.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      T t = items.get(mid);
      if (i < start.applyAsInt(t)) {
        hi = mid - 1;
      } else if (i >= end.applyAsInt(t)) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -lo - 1;
  }

  private static int[] buildCodePointIndex(String text) {
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    if (!surrogates) {
      return null;
    }
    int[] index = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      index[i] = cp;
      if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1)))) {
        cp++;
      }
    }
    index[text.length()] = cp;
    return index;
  }
}
