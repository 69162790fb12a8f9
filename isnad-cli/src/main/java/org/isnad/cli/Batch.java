package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.extract.Extractor;
import org.isnad.fact.Extraction;
import org.isnad.store.Store;

/**
 * Extracts and stores a batch of articles. A bad article gets a clear message and the batch
 * goes on; each article is stored in its own transaction, so nothing already stored is lost.
 */
final class Batch {
  record Summary(int documents, int added, int unchanged, int facts, int errors, long millis) {}

  private Batch() {}

  /** Files named, directories read recursively (their .txt files), and - for stdin. */
  static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = Path.of(in);
      if (!in.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted()
              .forEach(f -> out.add(f.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(in);
      }
    }
    return out;
  }

  static Summary ingest(List<String> files, Store store, Extractor extractor, String lang, PrintStream log) {
    long t0 = System.nanoTime();
    int added = 0;
    int unchanged = 0;
    int facts = 0;
    int errors = 0;
    for (String f : files) {
      ExtractCommand.Input in = ExtractCommand.Input.read(f, null);
      if (!in.ok()) {
        log.println("isnad: " + in.path() + ": " + in.error());
        errors++;
        continue;
      }
      try {
        Extraction x = extractor.extract(in.id(), in.text(), lang, null);
        if (store.put(x, in.path()) == Store.Outcome.ADDED) {
          added++;
          facts += x.facts().size();
        } else {
          unchanged++;
        }
      } catch (RuntimeException e) {
        log.println("isnad: " + in.path() + ": " + e.getMessage());
        errors++;
      }
    }
    return new Summary(files.size(), added, unchanged, facts, errors, (System.nanoTime() - t0) / 1_000_000);
  }
}
