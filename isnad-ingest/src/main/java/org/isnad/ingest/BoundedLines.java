package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream without ever holding more than {@code max} bytes of one
 * line: a longer line is read to its end and thrown away, and the caller is told how long it
 * was. This is what lets a 50 MB single line be one per-line error instead of 50 MB of heap.
 * Not thread-safe.
 */
final class BoundedLines {
  /** One line: its bytes without the line break, or null when it was longer than the limit. */
  record Line(byte[] bytes, long length, long offset) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int max;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long consumed; // bytes before buf[pos]

  BoundedLines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    long start = consumed;
    byte[] line = new byte[256];
    int n = 0;
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break;
      }
      sawAny = true;
      byte b = buf[pos++];
      consumed++;
      if (b == '\n') {
        break;
      }
      length++;
      if (line != null) {
        if (n == max) {
          line = null; // too long: keep counting, stop keeping
        } else {
          if (n == line.length) {
            line = Arrays.copyOf(line, Math.min(max, line.length * 2));
          }
          line[n++] = b;
        }
      }
    }
    if (line == null) {
      return new Line(null, length, start);
    }
    if (n > 0 && line[n - 1] == '\r') {
      n--;
      length--;
    }
    return new Line(Arrays.copyOf(line, n), length, start);
  }

  private boolean fill() throws IOException {
    int r = in.read(buf);
    if (r <= 0) {
      return false;
    }
    pos = 0;
    limit = r;
    return true;
  }
}
