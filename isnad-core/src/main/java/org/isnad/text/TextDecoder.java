package org.isnad.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article into text, or says clearly why it cannot: empty, binary,
 * not UTF-8, too large. Malformed input is data, not an exception: the caller reports the
 * problem for that document and goes on with the batch.
 */
public final class TextDecoder {
  /** The largest article accepted, in bytes; a news article is far smaller. */
  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

  /** Either the decoded text or the reason it could not be decoded. */
  public record Result(String text, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private TextDecoder() {}

  public static Result decode(byte[] bytes) {
    return decode(bytes, DEFAULT_MAX_BYTES);
  }

  public static Result decode(byte[] bytes, int maxBytes) {
    if (bytes.length > maxBytes) {
      return new Result(null, "too large: " + bytes.length + " bytes, the limit is " + maxBytes
          + " (split the file into articles, e.g. as JSON Lines)");
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return new Result(null, "binary content (a NUL byte at offset " + nul + "): isnad reads UTF-8 text;"
          + " convert the file to text first");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      text = chars.toString();
    } catch (MalformedInputException e) {
      return new Result(null, "not valid UTF-8 (bad byte at offset " + firstBadByte(bytes) + "): re-encode the file as"
          + " UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8 (Arabic) or -f LATIN1");
    } catch (CharacterCodingException e) {
      return new Result(null, "not valid UTF-8: " + e.getMessage());
    }
    if (text.isBlank() || text.strip().equals("\uFEFF")) {
      return new Result(null, "empty: the document has no text");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > 8 && controls * 20 > text.length()) {
      return new Result(null, "binary content (" + controls + " control characters): isnad reads text");
    }
    return new Result(text, null);
  }

  private static int indexOfNul(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstBadByte(byte[] b) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer out = CharBuffer.allocate(b.length + 1);
    d.decode(in, out, true);
    return in.position();
  }
}
