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
    TranslitTrainer.Settings ar = TranslitTrainer.AR_EN;
    TranslitTrainer.Settings en = TranslitTrainer.EN_AR;
    String card = String.format(Locale.ROOT, """
        # Model card: translit.model.gz (org.isnad.link.Transliterator)

        Written by `isnad train translit` (org.isnad.eval.link.TranslitTraining.train); do not edit by hand.

        ## Data and licence
        - Training: `wd_arabic_80` of the Wikidata English/Arabic person-name token pairs of Merhav and Ash,
          "Design Challenges in Named Entity Transliteration", COLING 2018
          (github.com/steveash/NETransliteration-COLING2018), %d pairs after folding.
          Data licence: CC0 1.0, so the model may ship without conditions.
        - Held-out test: `wd_arabic_20`, %d pairs, never used for any choice.
        - Settings chosen on `wd_arabic_64` (train) / `wd_arabic_16` (dev).

        ## Method (plain Java, deterministic: the same data gives the same bytes)
        - Alphabets: Latin folded to a-z (accents dropped); Arabic letters keep hamza seats and teh marbuta.
        - Per direction: EM monotone alignment, one source letter to 0..maxTarget target letters; an
          interpolated Kneser-Ney model (order jointOrder) over the aligned (letter, chunk) units; a
          Kneser-Ney model of target letters (order charOrder, weight charWeight); beam search (beam,
          candidates chunks per letter), segmentations of one spelling merged so the n-best list holds
          distinct spellings. The forward n-best (rerankDepth) is re-ranked with the reverse model's score
          of spelling each candidate back (reverseWeight).
        - Settings, ar->en: `%s`
        - Settings, en->ar: `%s`
        - Word table: each Arabic word (folded) seen in training maps to its most frequent English spelling
          whose consonant skeleton (`matchKey`) agrees, ties broken by the model; the same for English words.
          At run time the table is tried first (محمد -> Mohammed, ترامب -> Trump), then the model.

        ## Scores on wd_arabic_20 (exact match on folded words; CER = edit distance / gold letters)
        ```
        %s
        ```
        - "model" columns: the decoder alone (top1, top5, cer). The test split holds only English words
          absent from training, so whenever the Arabic word was seen in training the table's spelling is by
          construction a different one; "with frequent-word table" is therefore a lower bound on the table's
          real value, which lies in frequent names of news text.
        - matchKey: share of true pairs whose Arabic and Latin keys are equal, and of random Arabic/Latin
          pairs (fixed-seed derangement) that collide.
        - names/s: one thread on the build machine, measured, not a requirement.

        Model file: %d bytes.
        """, trainPairs, testPairs, ar, en, String.join("\n", scores), modelBytes);
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
