package org.isnad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Extractor;
import org.isnad.fact.FactsJson;
import org.isnad.text.TextDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad extract}: articles in, one FACTS.md JSON object per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract facts from articles (UTF-8 text, optional header block) and print them as JSON Lines.",
        "Use - to read one article from standard input."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "article files, or - for standard input")
  List<String> files;

  @Option(names = "--lang", defaultValue = "auto", description = "ar, en or auto (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--published", description = "publication date YYYY-MM-DD, for relative dates (overrides the header)")
  LocalDate published;

  @Option(names = "--id", description = "the document id (one input only); default: the file name without extension")
  String id;

  @Override
  public Integer call() {
    if (!List.of("ar", "en", "auto").contains(lang)) {
      System.err.println("isnad extract: --lang must be ar, en or auto, not '" + lang + "'");
      return 2;
    }
    if (id != null && files.size() > 1) {
      System.err.println("isnad extract: --id names one document; " + files.size() + " inputs were given");
      return 2;
    }
    Extractor extractor = Extractor.standard();
    PrintStream out = System.out;
    int failed = 0;
    for (String f : files) {
      Input in = Input.read(f, id);
      if (!in.ok()) {
        out.println(FactsJson.error(in.id(), in.path(), in.error()));
        System.err.println("isnad extract: " + in.path() + ": " + in.error());
        failed++;
        continue;
      }
      try {
        out.println(FactsJson.write(extractor.extract(in.id(), in.text(), lang, published)));
      } catch (RuntimeException e) {
        // One article's failure must not stop the batch; say what failed and go on.
        out.println(FactsJson.error(in.id(), in.path(), "internal error: " + e));
        System.err.println("isnad extract: " + in.path() + ": internal error: " + e);
        failed++;
      }
    }
    if (failed > 0) {
      System.err.println("isnad extract: " + failed + " of " + files.size() + " documents could not be read");
    }
    return failed > 0 ? 1 : 0;
  }

  /** One input read from a file or stdin: its text, or why it could not be read. */
  record Input(String id, String path, String text, String error) {
    boolean ok() {
      return error == null;
    }

    static Input read(String name, String idOverride) {
      String path = name;
      String id = idOverride != null ? idOverride : defaultId(name);
      byte[] bytes;
      try {
        if (name.equals("-")) {
          path = "<stdin>";
          try (InputStream in = System.in) {
            bytes = in.readNBytes(TextDecoder.DEFAULT_MAX_BYTES + 1);
          }
        } else {
          Path p = Path.of(name);
          if (Files.isDirectory(p)) {
            return new Input(id, path, null, "is a directory, not a file (give the files in it, e.g. DIR/*.txt,"
                + " or use isnad ingest DIR)");
          }
          if (!Files.exists(p)) {
            return new Input(id, path, null, "no such file");
          }
          if (Files.size(p) > TextDecoder.DEFAULT_MAX_BYTES) {
            return new Input(id, path, null, "too large: " + Files.size(p) + " bytes, the limit is "
                + TextDecoder.DEFAULT_MAX_BYTES);
          }
          bytes = Files.readAllBytes(p);
        }
      } catch (IOException e) {
        return new Input(id, path, null, "cannot read: " + e.getMessage());
      }
      TextDecoder.Result r = TextDecoder.decode(bytes);
      return new Input(id, path, r.text(), r.error());
    }

    static String defaultId(String name) {
      if (name.equals("-")) {
        return "stdin";
      }
      String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
      int dot = file.lastIndexOf('.');
      return dot > 0 ? file.substring(0, dot) : file;
    }
  }
}
