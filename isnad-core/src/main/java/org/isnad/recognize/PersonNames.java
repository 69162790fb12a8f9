package org.isnad.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How often a word is part of a person's name in Wikidata (CC0 name pairs), in English and in
 * folded Arabic: "mark" and "مارك" are name words, "amazon" is not. Built by
 * {@code isnad train person-tokens}; loaded once.
 */
public final class PersonNames {
  private static final String RESOURCE = "/org/isnad/recognize/person-tokens.tsv.gz";
  private static final String GIVEN = "/org/isnad/recognize/en-given-names.txt.gz";
  private final Map<String, Integer> en;
  private final Map<String, Integer> ar;
  private final java.util.Set<String> givenEn;

  private PersonNames(Map<String, Integer> en, Map<String, Integer> ar, java.util.Set<String> givenEn) {
    this.en = en;
    this.ar = ar;
    this.givenEn = givenEn;
  }

  /** Whether a word is a common English given name (Melissa, Warren), whatever its case. */
  public boolean isEnglishGivenName(String word) {
    return givenEn.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final class Holder {
    static final PersonNames INSTANCE = load();
  }

  public static PersonNames get() {
    return Holder.INSTANCE;
  }

  /** The count of a word as a name token; Arabic words are expected folded. */
  public int count(String word) {
    if (word.isEmpty()) {
      return 0;
    }
    char c = word.charAt(0);
    if (c >= 0x0600 && c <= 0x06FF) {
      return ar.getOrDefault(word, 0);
    }
    return en.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  private static PersonNames load() {
    Map<String, Integer> en = new HashMap<>();
    Map<String, Integer> ar = new HashMap<>();
    try (InputStream raw = PersonNames.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + ": run isnad train person-tokens");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        (f[0].equals("en") ? en : ar).put(f[1], Integer.parseInt(f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    java.util.Set<String> given = new java.util.HashSet<>();
    try (InputStream raw = PersonNames.class.getResourceAsStream(GIVEN)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + GIVEN);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          given.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GIVEN, e);
    }
    return new PersonNames(Map.copyOf(en), Map.copyOf(ar), java.util.Set.copyOf(given));
  }
}
