package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * A set of cue phrases matched over tokens, tolerant of Arabic clitics: each word of a
 * phrase matches a token whose folded form, or that form without leading و ف and ب ل ك,
 * equals it. A word ending in {@code *} matches any word it starts (تبرع* covers تبرعت,
 * تبرعات). Latin words match case-insensitively. Thread-safe once built.
 */
final class Phrases {
  /** A phrase found: tokens {@code [first, end)}, and the label it was registered with. */
  record Hit(int first, int end, String label, String phrase) {}

  private record Word(String text, boolean prefix) {
    boolean matches(Token t) {
      if (t.kind() == Token.Kind.LATIN) {
        String n = t.norm().toLowerCase(Locale.ROOT);
        return prefix ? n.startsWith(text) : n.equals(text);
      }
      if (t.kind() != Token.Kind.ARABIC) {
        return !prefix && t.norm().equals(text);
      }
      for (String form : forms(t.norm())) {
        if (prefix ? form.startsWith(text) && form.length() >= text.length() : form.equals(text)) {
          return true;
        }
      }
      return false;
    }
  }

  private record Phrase(List<Word> words, String label, String text) {}

  private final Map<Character, List<Phrase>> byFirstChar = new HashMap<>();

  Phrases add(String label, String... phrases) {
    for (String p : phrases) {
      List<Word> words = new ArrayList<>();
      for (String w : ArabicNormalizer.normalize(p).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
        boolean prefix = w.endsWith("*");
        words.add(new Word(prefix ? w.substring(0, w.length() - 1) : w, prefix));
      }
      Phrase phrase = new Phrase(words, label, p);
      String first = words.get(0).text();
      byFirstChar.computeIfAbsent(first.isEmpty() ? '\0' : first.charAt(0), k -> new ArrayList<>()).add(phrase);
    }
    return this;
  }

  /** The phrases whose first word could match token t: indexed by the first letter of each form of t. */
  private List<Phrase> candidates(Token t, List<Phrase> buffer) {
    buffer.clear();
    java.util.Set<Character> seen = new java.util.HashSet<>(4);
    List<String> forms = t.kind() == Token.Kind.ARABIC ? forms(t.norm())
        : List.of(t.norm().toLowerCase(Locale.ROOT));
    for (String f : forms) {
      if (!f.isEmpty() && seen.add(f.charAt(0))) {
        List<Phrase> ps = byFirstChar.get(f.charAt(0));
        if (ps != null) {
          buffer.addAll(ps);
        }
      }
    }
    return buffer;
  }

  /** Every match in tokens {@code [from, to)}, longest first at each position, not overlapping. */
  List<Hit> find(List<Token> tokens, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    List<Phrase> buffer = new ArrayList<>();
    int i = from;
    while (i < to) {
      Hit best = null;
      for (Phrase p : candidates(tokens.get(i), buffer)) {
        int n = p.words().size();
        if (i + n > to) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < n && ok; k++) {
          ok = p.words().get(k).matches(tokens.get(i + k));
        }
        if (ok && (best == null || n > best.end() - best.first())) {
          best = new Hit(i, i + n, p.label(), p.text());
        }
      }
      if (best != null) {
        hits.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
    return hits;
  }



  /** Forms already computed, per thread: every phrase set asks for the same words again. Cleared when large. */
  private static final ThreadLocal<Map<String, List<String>>> FORMS = ThreadLocal.withInitial(HashMap::new);
  private static final int FORMS_CACHED = 20_000;

  /** The word and its forms without proclitics: وبالمبلغ → بالمبلغ, المبلغ (not the stem: ال stays). */
  static List<String> forms(String w) {
    Map<String, List<String>> cache = FORMS.get();
    List<String> known = cache.get(w);
    if (known == null) {
      if (cache.size() >= FORMS_CACHED) {
        cache.clear();
      }
      known = List.copyOf(computeForms(w));
      cache.put(w, known);
    }
    return known;
  }

  private static List<String> computeForms(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String s = w;
    if (s.length() >= 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1); // ولم → لم, وقال → قال
      out.add(s);
    }
    if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
      if (s.startsWith("لل")) {
        out.add("ال" + s.substring(2));
      }
      s = s.substring(1);
      out.add(s);
    }
    if (s.length() > 3 && s.charAt(0) == 'س' && (s.charAt(1) == 'ي' || s.charAt(1) == 'ت' || s.charAt(1) == 'ن')) {
      out.add(s.substring(1)); // سيتبرع → يتبرع
    }
    return out;
  }
}
