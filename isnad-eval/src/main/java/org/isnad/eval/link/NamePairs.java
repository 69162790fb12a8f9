package org.isnad.eval.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.link.NameFolding;

/** The Wikidata name pairs (Merhav and Ash 2018, CC0), folded to the models' alphabets. */
final class NamePairs {
  static final String DIR = "translit_wikidata_netranslit";

  /** One pair: lower-case Latin letters, Arabic letters, and how often Wikidata has it. */
  record Pair(String latin, String arabic, int count) {}

  private NamePairs() {}

  /** Reads one split ({@code wd_arabic_80}, {@code wd_arabic_20}...); pairs empty after folding are skipped. */
  static List<Pair> read(Path shared, String split) throws IOException {
    List<Pair> out = new ArrayList<>();
    for (String line : Files.readAllLines(shared.resolve("data").resolve(DIR).resolve(split), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        continue;
      }
      String latin = NameFolding.latinLetters(f[0]);
      String arabic = NameFolding.arabicLetters(f[1].replace(" ", ""));
      if (!latin.isEmpty() && !arabic.isEmpty()) {
        out.add(new Pair(latin, arabic, Integer.parseInt(f[2].trim())));
      }
    }
    return out;
  }
}
