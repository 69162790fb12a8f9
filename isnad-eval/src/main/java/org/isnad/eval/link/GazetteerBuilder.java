package org.isnad.eval.link;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code gazetteer.tsv.gz} for {@code org.isnad.link.Gazetteer} from shippable tables in
 * the shared data folder: country names (i18n-iso-countries, MIT), world cities (CC BY 4.0,
 * jamsshhayd/world-cities-translations), Arabic given names (arabic-name-to-en, ISC) and
 * currency names (tafgeetjs, MIT). Rerunnable; the output depends only on the inputs.
 */
final class GazetteerBuilder {
  static final String FILE = "gazetteer.tsv.gz";
  /** Administrative words the city table sometimes puts before a city's name (ولاية قندهار). */
  private static final List<String> ADMIN_PREFIXES = List.of("ولاية ", "محافظة ", "مقاطعة ", "إقليم ",
      "منطقة ", "مدينة ");

  private GazetteerBuilder() {}

  /** Reads the tables under {@code shared/data} and writes the resource; returns the line count. */
  static int build(Path shared, Path resourceDir) throws IOException {
    Path data = shared.resolve("data");
    List<String> lines = new ArrayList<>();
    Map<String, Set<String>> countryAr = new LinkedHashMap<>();
    Map<String, String> countryEn = new LinkedHashMap<>();
    Path countries = data.resolve("aliases_npm/country_names_en_ar__i18n-iso-countries_7.14.0.tsv");
    for (String line : skipHeader(Files.readAllLines(countries, StandardCharsets.UTF_8))) {
      String[] f = line.split("\t");
      countryEn.put(f[0], f[1]);
      countryAr.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).addAll(List.of(f[2].split("\\|")));
    }
    List<String[]> cities = readCsv(data.resolve("gazetteer_world_cities_en_ar/world-cities.csv"));
    // The city table names some countries differently (الولايات المتحدة الأمريكية): keep them as aliases.
    // Its English country name is the short one news uses (China, not People's Republic of
    // China): it goes first.
    Map<String, Set<String>> countryAliases = new LinkedHashMap<>();
    countryEn.forEach((iso, en) -> countryAliases.put(iso, new LinkedHashSet<>(List.of(en.split("\\|")))));
    for (String[] c : cities) {
      countryAliases.forEach((iso, en) -> {
        if (en.contains(c[1])) {
          countryAr.get(iso).add(c[0]);
          Set<String> first = new LinkedHashSet<>(List.of(c[1]));
          first.addAll(en);
          en.clear();
          en.addAll(first);
        }
      });
    }
    countryAliases.forEach((iso, en) -> countryEn.put(iso, String.join("|", en)));
    countryEn.forEach((iso, en) -> lines.add(String.join("\t", "country", iso, en,
        String.join("|", countryAr.get(iso)))));
    cities.sort(Comparator.comparingLong((String[] c) -> -Long.parseLong(c[4])).thenComparing(c -> c[3]));
    for (String[] c : cities) {
      Set<String> ar = new LinkedHashSet<>();
      ar.add(c[2]);
      for (String p : ADMIN_PREFIXES) {
        if (c[2].startsWith(p) && c[2].length() > p.length() + 1) {
          ar.add(c[2].substring(p.length()));
        }
      }
      lines.add(String.join("\t", "city", c[3], String.join("|", ar), c[1], c[4]));
    }
    Path given = data.resolve("aliases_npm/arabic_given_names_to_english__arabic-name-to-en_1.0.6.tsv");
    for (String line : skipHeader(Files.readAllLines(given, StandardCharsets.UTF_8))) {
      String[] f = line.split("\t");
      if (f.length == 2 && !f[0].isBlank() && !f[1].isBlank()) {
        lines.add(String.join("\t", "given", f[0].trim(), f[1].trim()));
      }
    }
    Path currencies = data.resolve("aliases_npm/currency_names_ar__tafgeetjs_2.1.0.tsv");
    for (String line : skipHeader(Files.readAllLines(currencies, StandardCharsets.UTF_8))) {
      String[] f = line.split("\t");
      // Upstream misspells إماراتي with a hamza above; the right spelling is added, not substituted.
      Set<String> names = new LinkedHashSet<>(List.of(f[1], f[2]));
      names.add(f[1].replace("أماراتي", "إماراتي"));
      names.add(f[2].replace("أماراتية", "إماراتية"));
      lines.add(String.join("\t", "currency", f[0], String.join("|", names)));
    }
    Files.createDirectories(resourceDir);
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(
        resourceDir.resolve(FILE))), StandardCharsets.UTF_8)) {
      w.write("# isnad gazetteer 1. Sources and licences: gazetteer.md beside this file.\n");
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    return lines.size();
  }

  private static List<String> skipHeader(List<String> lines) {
    return lines.subList(1, lines.size());
  }

  /** The five columns of world-cities.csv (quoted fields, no embedded quotes), header and BOM dropped. */
  static List<String[]> readCsv(Path csv) throws IOException {
    List<String[]> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          f.add(cur.toString().trim());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      f.add(cur.toString().trim());
      if (f.size() == 5 && !f.get(2).isEmpty() && !f.get(3).isEmpty()) {
        if (f.get(4).isEmpty()) {
          f.set(4, "0");
        }
        out.add(f.toArray(String[]::new));
      }
    }
    return out;
  }
}
