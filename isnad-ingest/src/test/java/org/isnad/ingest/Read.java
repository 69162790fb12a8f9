package org.isnad.ingest;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: everything a reader yields for a file or for bytes on standard input. */
final class Read {
  private Read() {}

  static List<Entry> file(Path p) {
    List<Entry> out = new ArrayList<>();
    Sources.standard().read(p.toString(), out::add);
    return out;
  }

  static List<Entry> file(Path p, int maxBytes) {
    List<Entry> out = new ArrayList<>();
    Sources.of(maxBytes, () -> new ByteArrayInputStream(new byte[0])).read(p.toString(), out::add);
    return out;
  }

  static List<Entry> stdin(byte[] bytes) {
    List<Entry> out = new ArrayList<>();
    Sources.of(1 << 20, () -> new ByteArrayInputStream(bytes)).read("-", out::add);
    return out;
  }

  static List<Article> articles(List<Entry> entries) {
    return entries.stream().filter(e -> e instanceof Article).map(e -> (Article) e).toList();
  }

  static List<Entry.Problem> problems(List<Entry> entries) {
    return entries.stream().filter(e -> e instanceof Entry.Problem).map(e -> (Entry.Problem) e).toList();
  }
}
