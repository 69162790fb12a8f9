package org.isnad.text;

import java.time.LocalDate;
import java.util.List;

/**
 * The text stage: header, language, tokens and sentences. One instance serves every thread.
 */
public final class TextAnalyzer {
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public TextAnalyzer(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  public static TextAnalyzer standard() {
    return new TextAnalyzer(Tokenizer.standard());
  }

  /**
   * Reads {@code text} as one article.
   *
   * @param lang {@code ar}, {@code en}, or null or {@code auto} to detect it from the script
   * @param published the publication date, or null to take the header's
   */
  public Document analyze(String id, String text, String lang, LocalDate published) {
    Metadata meta = Metadata.parse(text);
    if (published != null) {
      meta = meta.withPublished(published);
    }
    String language = lang == null || lang.equals("auto") ? detectLanguage(text, meta.bodyStart()) : lang;
    Document doc = new Document(id, text, meta, language);
    List<Token> tokens = tokenizer.tokenize(text, meta.bodyStart(), text.length());
    doc.setTokens(tokens);
    doc.setSentences(splitter.split(text, tokens, meta.bodyStart()));
    return doc;
  }

  /** {@code ar} when Arabic letters are at least a fifth of the letters, else {@code en}. */
  public static String detectLanguage(String text, int from) {
    int arabic = 0;
    int latin = 0;
    int end = Math.min(text.length(), from + 20_000);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        arabic++;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        latin++;
      }
    }
    return arabic * 4 >= latin && arabic > 0 ? "ar" : "en";
  }
}
