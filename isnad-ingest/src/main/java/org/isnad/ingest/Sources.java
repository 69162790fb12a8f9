package org.isnad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.isnad.text.TextDecoder;

/**
 * Turns inputs into articles: {@code .txt} (with its header block), {@code .html}/{@code .htm},
 * {@code .jsonl}, {@code .warc}/{@code .warc.gz}, directories (recursively, files of those
 * kinds) and {@code -} for standard input (its format sniffed from the first bytes). Every
 * input is streamed: at most one document, line or WARC record is in memory at a time, each
 * capped at {@link #maxDocumentBytes()}.
 *
 * <p>Never throws for bad data: each document that cannot be read becomes an
 * {@link Entry.Problem} for that document, and a stream that breaks midway (a truncated
 * gzip) becomes one problem after the entries read before the break. Thread-safe.
 */
public final class Sources {
  private final int maxDocumentBytes;
  private final Supplier<InputStream> stdin;

  private Sources(int maxDocumentBytes, Supplier<InputStream> stdin) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, not " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** Reads files and standard input, each document capped at {@link TextDecoder#DEFAULT_MAX_BYTES}. */
  public static Sources standard() {
    return new Sources(TextDecoder.DEFAULT_MAX_BYTES, () -> System.in);
  }

  /** The same readers with another cap on one document, line or record, and another standard input. */
  public static Sources of(int maxDocumentBytes, Supplier<InputStream> stdin) {
    return new Sources(maxDocumentBytes, stdin);
  }

  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The inputs as files to read: files named as they are, directories walked in name order for
   * the files whose names say a format we read (see the class comment), and {@code -} as is.
   */
  public static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = Path.of(in);
      if (!in.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> Sniff.byName(f.getFileName().toString()) != null).sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException | UncheckedIOException e) {
          throw new UncheckedIOException("cannot list " + p, e instanceof IOException io ? io
              : ((UncheckedIOException) e).getCause());
        }
      } else {
        out.add(in);
      }
    }
    return out;
  }

  /** Reads every input (after {@link #expand}) and hands each entry to {@code sink}, in order. */
  public void readAll(List<String> inputs, Consumer<Entry> sink) {
    for (String f : expand(inputs)) {
      read(f, sink);
    }
  }

  /** Reads one file, or standard input for {@code -}, and hands each entry to {@code sink}. */
  public void read(String name, Consumer<Entry> sink) {
    boolean isStdin = name.equals("-");
    String origin = isStdin ? "<stdin>" : name;
    try {
      Path.of(name);
    } catch (java.nio.file.InvalidPathException e) {
      sink.accept(new Entry.Problem(origin.replaceAll("\\p{Cntrl}", "?"), "not a valid file name: " + e.getReason()));
      return;
    }
    String id = defaultId(name);
    int[] count = {0};
    Consumer<Entry> counting = e -> {
      count[0]++;
      sink.accept(e);
    };
    try {
      if (!isStdin) {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          sink.accept(new Entry.Problem(origin, "is a directory (give it to isnad ingest to read it recursively)"));
          return;
        }
        if (!Files.exists(p)) {
          sink.accept(new Entry.Problem(origin, "no such file"));
          return;
        }
        Sniff.Format named = Sniff.byName(name);
        boolean whole = named == Sniff.Format.TEXT || named == Sniff.Format.HTML;
        if (whole && !name.endsWith(".gz") && Files.size(p) > maxDocumentBytes) {
          sink.accept(tooLarge(origin, Files.size(p) + " bytes")); // said without reading a byte of it
          return;
        }
      }
      try (InputStream raw = isStdin ? nonClosing(stdin.get()) : Files.newInputStream(Path.of(name))) {
        readStream(new BufferedInputStream(raw, 64 * 1024), name, origin, id, isStdin, counting);
      }
    } catch (NoSuchFileException e) {
      sink.accept(new Entry.Problem(origin, "no such file"));
    } catch (IOException | UncheckedIOException e) {
      String what = count[0] == 0 ? "cannot read" : "stopped after " + count[0] + " entries";
      sink.accept(new Entry.Problem(origin, what + ": " + describe(e)));
    }
  }

  private void readStream(BufferedInputStream in, String name, String origin, String id, boolean isStdin,
      Consumer<Entry> sink) throws IOException {
    byte[] head = new byte[512];
    in.mark(head.length);
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    InputStream body = in;
    if (Sniff.isGzip(head, n)) {
      body = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
      body.mark(head.length);
      n = body.readNBytes(head, 0, head.length);
      body.reset();
    } else if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      sink.accept(new Entry.Problem(origin, "named .gz but not gzip data"));
      return;
    }
    Sniff.Format format = isStdin ? null : Sniff.byName(name);
    if (format == null) {
      format = Sniff.byContent(head, n);
    }
    switch (format) {
      case JSONL -> JsonLines.read(body, origin, id, maxDocumentBytes, sink);
      case WARC -> Warc.read(body, origin, id, maxDocumentBytes, sink);
      case HTML -> {
        byte[] bytes = whole(body, origin, sink);
        if (bytes != null) {
          sink.accept(HtmlArticles.read(bytes, null, id, null, origin, origin));
        }
      }
      case TEXT -> {
        byte[] bytes = whole(body, origin, sink);
        if (bytes != null) {
          TextDecoder.Result r = TextDecoder.decode(bytes, maxDocumentBytes);
          sink.accept(r.ok() ? Article.fromText(id, r.text(), origin) : new Entry.Problem(origin, r.error()));
        }
      }
    }
  }

  /** The whole document, or null (with a problem told) when it is larger than the cap; never reads past the cap. */
  private byte[] whole(InputStream in, String origin, Consumer<Entry> sink) throws IOException {
    byte[] bytes = in.readNBytes(maxDocumentBytes + 1);
    if (bytes.length > maxDocumentBytes) {
      sink.accept(tooLarge(origin, "over " + maxDocumentBytes + " bytes"));
      return null;
    }
    return bytes;
  }

  private Entry tooLarge(String origin, String size) {
    return new Entry.Problem(origin, "too large: " + size + ", the limit for one document is " + maxDocumentBytes
        + " bytes (split it into articles, e.g. as JSON Lines)");
  }

  private static String describe(Exception e) {
    Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    if (c instanceof java.io.EOFException || m.contains("Unexpected end of ZLIB")) {
      return "truncated: " + m + " (the file was cut short; download it again)";
    }
    if (c instanceof java.util.zip.ZipException) {
      return "corrupt gzip data: " + m;
    }
    return m;
  }

  /** The id a document gets from its file name: the name without its extensions. */
  static String defaultId(String name) {
    if (name.equals("-")) {
      return "stdin";
    }
    Path f = Path.of(name).getFileName();
    String file = f == null ? name : f.toString();
    String lower = file.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".gz")) {
      file = file.substring(0, file.length() - 3);
    }
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process
      }
    };
  }
}
