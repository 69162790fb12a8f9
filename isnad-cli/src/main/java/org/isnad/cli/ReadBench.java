package org.isnad.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.isnad.ingest.Article;
import org.isnad.ingest.Entry;
import org.isnad.ingest.LanguageDetector;
import org.isnad.ingest.NearDuplicates;
import org.isnad.ingest.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad bench read}: the ingest front end alone (readers, language detection,
 * near-duplicates) over a collection, without extraction: what it accepts, skips and links, and how fast.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = {"Read a collection as isnad ingest would, without extracting or storing: documents, errors,",
        "languages detected, near-duplicate groups and speed."})
final class ReadBench implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or -")
  List<String> paths;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    Map<String, Integer> langs = new TreeMap<>();
    int[] counts = new int[3]; // articles, problems, skipped records
    long[] chars = {0};
    NearDuplicates.Index near = NearDuplicates.standard().index();
    Sources.standard().readAll(paths, e -> {
      if (e instanceof Article a) {
        counts[0]++;
        String body = a.body();
        chars[0] += body.length();
        LanguageDetector.Result r = LanguageDetector.detect(body, a.lang());
        langs.merge(r.lang(), 1, Integer::sum);
        if (r.accepted()) {
          near.add(a.id(), body);
        }
      } else if (e instanceof Entry.Problem) {
        counts[1]++;
      } else {
        counts[2]++;
      }
    });
    List<NearDuplicates.Cluster> groups = near.clusters();
    int inGroups = groups.stream().mapToInt(g -> g.members().size()).sum();
    long ms = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
    System.out.printf(java.util.Locale.ROOT, "isnad bench read: %d articles (%d MB of text), %d errors, %d skipped records;"
        + " languages %s; %d near-duplicate groups holding %d articles; %d ms, %.0f articles/s%n", counts[0],
        chars[0] / 1_000_000, counts[1], counts[2], langs, groups.size(), inGroups, ms, counts[0] * 1000.0 / ms);
    return 0;
  }
}
