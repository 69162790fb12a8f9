package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.eval.link.TranslitTraining;
import org.isnad.eval.names.BuildPersonTokens;
import org.isnad.eval.ner.NerTraining;
import org.isnad.eval.text.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad train MODEL}: rebuilds a shipped model or lexicon from ../shared/data, into the
 * source tree's resources, so that the build ships it. Deterministic: the same data gives the
 * same file.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Rebuild a shipped model from the public data in ../shared/data:",
        "  lexicon        the stem lexicon of the clitic segmenter (stems.tsv)",
        "  person-tokens  the person-name word list (Wikidata pairs)",
        "  translit       the transliteration model and the gazetteer",
        "  ner            the Arabic name tagger (run after lexicon: it reads the segmenter's output)",
        "Order when rebuilding everything: lexicon, person-tokens, translit, then ner."})
final class TrainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MODEL", description = "lexicon, person-tokens, translit or ner")
  String model;

  @picocli.CommandLine.Mixin
  SharedData shared;

  @Override
  public Integer call() throws IOException {
    Path home = Path.of(System.getProperty("isnad.home", "."));
    Path data = shared.path();
    Path core = home.resolve("isnad-core/src/main/resources/org/isnad");
    return switch (model) {
      case "lexicon" -> LexiconBuilder.buildLexicon(data, core.resolve("text/ar/stems.tsv"), System.out) >= 0 ? 0 : 1;
      case "person-tokens" -> BuildPersonTokens.build(data, core.resolve("recognize/person-tokens.tsv.gz"), System.out);
      case "translit" -> TranslitTraining.train(data, core.resolve("link"), System.out);
      case "ner" -> NerTraining.train(data, core.resolve("recognize/ner/ner-ar.bin.gz"), System.out);
      default -> {
        System.err.println("isnad train: unknown model '" + model + "'; one of lexicon, person-tokens, translit, ner");
        yield 2;
      }
    };
  }
}
