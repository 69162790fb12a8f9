package org.isnad.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Countries, cities, Arabic given names and currency names in Arabic and English, from the
 * shippable tables listed in {@code gazetteer.md} (MIT, ISC, and CC BY 4.0 for the cities:
 * attribution required). Arabic is matched folded by {@link ArabicNormalizer}, with or without
 * the article ال on each word; English case- and accent-insensitively. Immutable and
 * thread-safe; {@link #standard()} loads the shipped table once.
 */
public final class Gazetteer {
  public static final String RESOURCE = "/org/isnad/link/gazetteer.tsv.gz";

  /** What a place name denotes. */
  public enum Kind { COUNTRY, CITY }

  /**
   * One place. {@code code} is the ISO 3166 alpha-2 code of a country, empty for a city;
   * {@code country} is the English name of a city's country, or the country itself.
   */
  public record Place(Kind kind, String english, String arabic, String country, String code,
      long population) {}

  private final Map<String, List<Place>> byArabic = new HashMap<>();
  private final Map<String, List<Place>> byEnglish = new HashMap<>();
  private final Map<String, String> givenArabic = new HashMap<>();
  private final Map<String, Boolean> givenLatin = new HashMap<>();
  private final Map<String, String> currencies = new HashMap<>();

  private Gazetteer() {}

  private static final class Holder {
    static final Gazetteer STANDARD = load();

    private static Gazetteer load() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer " + RESOURCE
              + " is not on the classpath; run `isnad train translit` to build it");
        }
        return read(new GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The shipped gazetteer, loaded on first use. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** Reads the table the build step writes (gzip or plain stream of its lines). */
  public static Gazetteer read(InputStream raw) throws IOException {
    Gazetteer g = new Gazetteer();
    BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "country" -> {
          String[] en = f[2].split("\\|");
          String[] ar = f[3].split("\\|");
          g.add(new Place(Kind.COUNTRY, en[0], ar[0], en[0], f[1], 0), en, ar);
        }
        case "city" -> {
          String[] ar = f[2].split("\\|");
          g.add(new Place(Kind.CITY, f[1], ar[0], f[3], "", Long.parseLong(f[4])),
              new String[] {f[1]}, ar);
        }
        case "given" -> {
          g.givenArabic.putIfAbsent(arabicKey(f[1]), f[2]);
          g.givenLatin.put(englishKey(f[2]), Boolean.TRUE);
        }
        case "currency" -> {
          for (String name : f[2].split("\\|")) {
            g.currencies.putIfAbsent(arabicKey(name), f[1]);
            g.currencies.putIfAbsent(bare(arabicKey(name)), f[1]);
          }
        }
        default -> throw new IOException("unknown gazetteer line kind: " + f[0]);
      }
    }
    return g;
  }

  private void add(Place p, String[] english, String[] arabic) {
    for (String e : english) {
      byEnglish.computeIfAbsent(englishKey(e), k -> new ArrayList<>(1)).add(p);
    }
    for (String a : arabic) {
      String key = arabicKey(a);
      byArabic.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
      String bare = bare(key);
      if (!bare.equals(key)) {
        byArabic.computeIfAbsent(bare, k -> new ArrayList<>(1)).add(p);
      }
    }
  }

  /** Every place with this name (Arabic or English), countries first, then cities by population. */
  public List<Place> places(String name) {
    Objects.requireNonNull(name, "name");
    if (isArabic(name)) {
      String key = arabicKey(name);
      List<Place> found = byArabic.get(key);
      if (found == null) {
        found = byArabic.get(bare(key));
      }
      return found == null ? List.of() : List.copyOf(found);
    }
    List<Place> found = byEnglish.get(englishKey(name));
    return found == null ? List.of() : List.copyOf(found);
  }

  /** The most prominent place with this name. */
  public Optional<Place> place(String name) {
    List<Place> all = places(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The English name of an Arabic place or country name: {@code مصر} gives Egypt. */
  public Optional<String> english(String arabicPlace) {
    return place(arabicPlace).map(Place::english);
  }

  /** The Arabic name of an English place or country name: Egypt gives {@code مصر}. */
  public Optional<String> arabic(String englishPlace) {
    return place(englishPlace).map(Place::arabic);
  }

  public boolean isCountry(String name) {
    return places(name).stream().anyMatch(p -> p.kind() == Kind.COUNTRY);
  }

  public boolean isCity(String name) {
    return places(name).stream().anyMatch(p -> p.kind() == Kind.CITY);
  }

  /** Whether a word (Arabic, folded or not, or its English spelling) is a known Arabic given name. */
  public boolean isGivenName(String word) {
    Objects.requireNonNull(word, "word");
    return isArabic(word) ? givenArabic.containsKey(arabicKey(word)) : givenLatin.containsKey(englishKey(word));
  }

  /** The table's English spelling of an Arabic given name (uneven quality: Iraqi spellings). */
  public Optional<String> givenNameLatin(String arabicWord) {
    return Optional.ofNullable(givenArabic.get(arabicKey(arabicWord)));
  }

  /** The ISO 4217 code of an Arabic currency name ({@code ريال سعودي} gives SAR), for the few covered. */
  public Optional<String> currencyCode(String arabicName) {
    String key = arabicKey(arabicName);
    String code = currencies.get(key);
    return Optional.ofNullable(code != null ? code : currencies.get(bare(key)));
  }

  static boolean isArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFC') {
        return true;
      }
    }
    return false;
  }

  /** Folded Arabic letters, words separated by one space. */
  static String arabicKey(String s) {
    String f = ArabicNormalizer.normalize(s);
    StringBuilder out = new StringBuilder(f.length());
    for (String w : f.trim().split("[^\\p{IsArabic}\\p{L}]+")) {
      String letters = NameFolding.arabicLetters(w);
      if (!letters.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(ArabicNormalizer.normalize(letters));
      }
    }
    return out.toString();
  }

  /** The key with the article ال dropped from each word that has it and keeps two letters. */
  static String bare(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (String w : key.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w.startsWith("\u0627\u0644") && w.length() >= 4 ? w.substring(2) : w);
    }
    return out.toString();
  }

  /** Lower case, accents dropped, dots and apostrophes removed, other separators as one space, no leading "the". */
  static String englishKey(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else if (c == '.' || c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        space = true;
      }
    }
    String k = out.toString();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
