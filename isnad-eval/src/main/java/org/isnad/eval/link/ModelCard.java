package org.isnad.eval.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code translit.md} and {@code gazetteer.md} beside the resources they describe. */
final class ModelCard {
  private ModelCard() {}

  static void write(Path dir, int trainPairs, int testPairs, long modelBytes, List<String> scores)
      throws IOException {
    String card = String.format(Locale.ROOT, """
        # Model card: translit.model.gz (org.isnad.link.Transliterator)

        Written by `isnad train translit` (org.isnad.eval.link.TranslitTraining.train); do not edit by hand.

        ## Data and licence
        - Training: `wd_arabic_80` of the Wikidata English/Arabic person-name pairs of Merhav and Ash,
          "Design Challenges in Named Entity Transliteration", COLING 2018
          (github.com/steveash/NETransliteration-COLING2018), %d pairs after folding.
          Data licence: CC0 1.0. The model is therefore CC0-derived and shippable.
        - Held-out test: `wd_arabic_20`, %d pairs. Its English words never occur in the training split,
          so the frequent-word table can never be exactly right on it; the figures below are the model alone
          and the model plus the table.
        - Settings chosen on `wd_arabic_64` (train) / `wd_arabic_16` (dev), never on the test split.

        ## Method
        Latin names folded to a-z; Arabic letters keep hamza seats and teh marbuta. Per direction:
        EM monotone alignment (one source letter to 0..%d target letters for ar->en, 0..%d for en->ar),
        an interpolated Kneser-Ney %d-gram model over the aligned units, a Kneser-Ney %d-gram model of
        target letters (weight %s), beam search (beam %d). Frequent words (seen %d+ times) map to their
        most common spelling. Plain Java, deterministic.

        ## Scores on wd_arabic_20 (exact match on folded words; CER = edits / gold letters)
        ```
        %s
        ```
        Model file: %d bytes.
        """, trainPairs, testPairs, TranslitTrainer.AR_EN.maxTarget(), TranslitTrainer.EN_AR.maxTarget(),
        TranslitTrainer.AR_EN.jointOrder(), TranslitTrainer.AR_EN.charOrder(), TranslitTrainer.AR_EN.charWeight(),
        TranslitTrainer.AR_EN.beam(), TranslitTrainer.AR_EN.minLookup(), String.join("\n", scores), modelBytes);
    Files.writeString(dir.resolve("translit.md"), card, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("gazetteer.md"), """
        # gazetteer.tsv.gz (org.isnad.link.Gazetteer): sources and licences

        Written by `isnad train translit` (org.isnad.eval.link.GazetteerBuilder); do not edit by hand.

        - World cities with Arabic names: github.com/jamsshhayd/world-cities-translations
          (commit 4f746ebca0b7a5c0366742d68ce4f9a272ab169a), licensed CC BY 4.0; upstream data from
          Wikidata (CC0). Attribution: "World Cities with Arabic Translations" by jamsshhayd,
          https://github.com/jamsshhayd/world-cities-translations, CC BY 4.0. Changed: administrative
          prefixes (ولاية, محافظة, ...) also indexed without the prefix.
        - Country names: npm i18n-iso-countries 7.14.0 (langs/en.json, langs/ar.json), MIT licence.
        - Arabic given names: npm arabic-name-to-en 1.0.6 (cases/fullnamedb.js), ISC licence.
        - Currency names: npm tafgeetjs 2.1.0, MIT licence (its misspelling أماراتي kept, إماراتي added).
        """, StandardCharsets.UTF_8);
  }
}
