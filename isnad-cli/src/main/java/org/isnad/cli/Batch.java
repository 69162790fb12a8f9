package org.isnad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.Extractor;
import org.isnad.fact.Extraction;
import org.isnad.ingest.Article;
import org.isnad.ingest.Entry;
import org.isnad.ingest.LanguageDetector;
import org.isnad.ingest.Sources;
import org.isnad.ingest.Stories;
import org.isnad.store.Store;
import org.isnad.store.StoreException;

/**
 * Reads, extracts and stores a batch of articles in any input format {@link Sources} reads. A
 * bad document gets a clear message and the batch goes on; each article is stored in its own
 * transaction, so nothing already stored is lost and a failed article leaves no rows.
 */
final class Batch {
  /**
   * What a batch did. {@code documents} counts every document met (articles, unreadable ones and
   * skipped ones); {@code crashes} counts unexpected failures (a bug, never bad data alone).
   */
  record Summary(int documents, int added, int unchanged, int facts, int errors, int skippedLanguage,
      int skippedOther, int nearDuplicateGroups, int crashes, long millis, List<String> failed) {}

  /** How to run a batch: the language (ar, en or auto), where messages go, and whether to show progress. */
  record Options(String lang, PrintStream log, boolean progress, Sources sources) {
    static Options of(String lang, PrintStream log) {
      return new Options(lang, log, false, Sources.standard());
    }
  }

  private Batch() {}

  /** Files named, directories read recursively (files of the formats {@link Sources} reads), and - for stdin. */
  static List<String> expand(List<String> inputs) {
    return Sources.expand(inputs);
  }

  static Summary ingest(List<String> files, Store store, Extractor extractor, String lang, PrintStream log) {
    return ingest(files, store, extractor, Options.of(lang, log));
  }

  static Summary ingest(List<String> files, Store store, Extractor extractor, Options o) {
    Run run = new Run(store, extractor, o);
    for (String f : files) {
      try {
        o.sources().read(f, run::accept);
      } catch (RuntimeException | StackOverflowError e) {
        // A reader bug, not bad data: say so, count it, and go on with the next file.
        run.crashes++;
        run.failed.add(f);
        o.log().println("isnad: " + f + ": internal error while reading: " + e);
      }
    }
    run.progress.finish();
    return new Summary(run.documents, run.added, run.unchanged, run.facts, run.errors, run.skippedLanguage,
        run.skippedOther, run.stories.groups(), run.crashes, run.progress.millis(), List.copyOf(run.failed));
  }

  /** The state of one batch; one entry at a time. */
  private static final class Run {
    final Extractor extractor;
    final Options o;
    /** Copies stored by earlier runs: a story's later copy joins the story of its first copy. */
    final Stories stories;
    final Progress progress;
    final List<String> failed = new ArrayList<>();
    int documents;
    int added;
    int unchanged;
    int facts;
    int errors;
    int skippedLanguage;
    int skippedOther;
    int crashes;

    Run(Store store, Extractor extractor, Options o) {
      this.extractor = extractor;
      this.o = o;
      this.progress = new Progress(o.log(), o.progress());
      this.stories = Stories.of(store);
    }

    void accept(Entry e) {
      documents++;
      if (e instanceof Entry.Problem p) {
        errors++;
        failed.add(p.where());
        progress.message("isnad: " + p.where() + ": " + p.message());
      } else if (e instanceof Entry.Skipped s) {
        skippedOther++;
      } else if (e instanceof Article a) {
        article(a);
      }
      progress.update(documents, facts, errors);
    }

    private void article(Article a) {
      try {
        String lang = o.lang();
        if (lang.equals("auto")) {
          LanguageDetector.Result r = LanguageDetector.detect(a.body(), a.lang());
          if (!r.accepted()) {
            skippedLanguage++;
            progress.message("isnad: " + a.where() + ": skipped: " + r.reason());
            return;
          }
          lang = r.lang();
        }
        Extraction x = extractor.extract(a.id(), a.text(), lang, null);
        if (stories.put(a, x) == Store.Outcome.ADDED) {
          added++;
          facts += x.facts().size();
        } else {
          unchanged++;
        }
      } catch (StoreException e) {
        errors++;
        failed.add(a.where());
        progress.message("isnad: " + a.where() + ": " + e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        // Bad data should have been a Problem from the reader; reaching here is a bug to fix.
        crashes++;
        errors++;
        failed.add(a.where());
        progress.message("isnad: " + a.where() + ": internal error: " + e);
      }
    }
  }
}
