package org.isnad.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Tells Arabic and English from everything else, which is all ingest needs: ar and en go on,
 * the rest is skipped with a message. First the dominant script (Han, Cyrillic, Hebrew... are
 * other at once); then, within Arabic script, Arabic against Persian and Urdu, and within Latin
 * script, English against French, Spanish, German, Italian, Portuguese, Turkish and Indonesian,
 * by counting frequent function words, which every running text of a language is full of.
 *
 * <p>Why not a library: Lingua costs about 77 MB of heap for ar and en alone and far more to
 * recognise the languages we must turn away (STACK.md); OpenNLP's model is 10 MB. Scripts plus
 * a few hundred stop words decide ar/en/other on news text with no model to ship or load. A
 * text too short to show function words keeps its script's language (ar or en), since a
 * wrong skip loses an article while a wrong pass costs only an empty extraction.
 *
 * <p>Thread-safe and stateless.
 */
public final class LanguageDetector {
  /** The verdict: an ISO 639-1 code (or a script name for other scripts) and whether ingest goes on. */
  public record Result(String lang, boolean accepted, String reason) {}

  private static final int SAMPLE = 20_000;

  private static final Set<String> AR = words("في من على إلى الى أن ان إن التي الذي الذين عن مع هذا هذه قال"
      + " كان كانت بين بعد وقال ذلك التى حيث منذ خلال لم لن قد أو او كما عند حتى ضد وفي ومن إلى وأن أنه انه"
      + " يوم عام العام التي ما لا هو هي وهو وهي فيها عليه إلى لها له");
  private static final Set<String> FA = words("است این را که از با برای می های شده کرد خود یک آن بود"
      + " شود کند دارد نیز تا باید پس ایران گفت");
  private static final Set<String> UR = words("کے کی ہے میں اور سے کو نے ہیں یہ کا پر بھی کہ تھا تھی"
      + " ایک گیا کیا جو اس ہو");
  private static final Set<String> EN = words("the of and to is was that for with said by from has have are"
      + " were which his her it this on at be an its not but who their they will would been had after");
  private static final Map<String, Set<String>> LATIN_OTHERS = Map.of(
      "fr", words("le les des et est une du dans pour qui sur au avec pas sont été cette ses aux par ne il elle"
          + " nous vous mais ont leur plus"),
      "es", words("el los las y del por con una para es su se al como más fue pero sus está muy también ha han"
          + " entre sobre"),
      "de", words("der die und das ist nicht mit den von zu ein eine dem sich auf für des im auch wird wurde"
          + " sind nach bei"),
      "it", words("il della che di e è per una sono gli nel alla dei delle con non più anche questo essere"),
      "pt", words("o os da do das dos e é em um uma para com não que por mais foi ao pelo pela também"),
      "tr", words("ve bir bu için ile olarak olan gibi daha çok ama her sonra kadar değil"),
      "id", words("dan yang di ini itu dengan untuk dari tidak akan pada juga dalam adalah ke oleh"));

  private LanguageDetector() {}

  /**
   * Detects the language of {@code text} (its first 20,000 characters).
   *
   * @param hint the input's own claim ({@code lang} field, {@code <html lang>}), used only when the text
   *     is too short to decide between languages of its script; may be null
   */
  public static Result detect(String text, String hint) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return new Result("und", false, "no letters: nothing to read");
    }
    Character.UnicodeScript top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    if (scripts.getOrDefault(Character.UnicodeScript.ARABIC, 0) * 4 >= letters) {
      // A quarter of the letters in Arabic script is an Arabic-script text: scraped pages often
      // carry more Latin letters of CSS or code than the article has words.
      top = Character.UnicodeScript.ARABIC;
    }
    String h = hint == null ? "" : hint.toLowerCase(Locale.ROOT);
    return switch (top) {
      case ARABIC -> arabicScript(sample, h);
      case LATIN -> latinScript(sample, h);
      default -> {
        String name = top.name().toLowerCase(Locale.ROOT);
        yield new Result(name, false, "written in " + name + " script, not Arabic or English");
      }
    };
  }

  private static Result arabicScript(String text, String hint) {
    int ar = 0;
    int fa = 0;
    int ur = 0;
    int words = 0;
    for (String w : text.split("[\\s\\p{Punct}،؛؟«»۔]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      // Persian and Urdu words are matched as written (their letters tell them apart); Arabic ones
      // folded, since Arabic typed on a Persian keyboard carries Farsi yeh and keheh.
      fa += FA.contains(w) ? 1 : 0;
      ur += UR.contains(w) ? 1 : 0;
      ar += AR_FOLDED.contains(ArabicNormalizer.normalize(w)) && !FA.contains(w) && !UR.contains(w) ? 1 : 0;
    }
    int other = Math.max(fa, ur);
    if (other >= 3 && other > ar) {
      String lang = ur > fa ? "ur" : "fa";
      return new Result(lang, false, "looks like " + (lang.equals("ur") ? "Urdu" : "Persian") + " (" + other
          + " of its function words against " + ar + " Arabic ones), not Arabic");
    }
    if (ar == 0 && words < 20 && (hint.equals("fa") || hint.equals("ur"))) {
      return new Result(hint, false, "marked as " + hint + " and too short to say otherwise");
    }
    return new Result("ar", true, null);
  }

  private static Result latinScript(String text, String hint) {
    int en = 0;
    int words = 0;
    Map<String, Integer> others = new java.util.HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      en += EN.contains(w) ? 1 : 0;
      for (Map.Entry<String, Set<String>> e : LATIN_OTHERS.entrySet()) {
        if (e.getValue().contains(w)) {
          others.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    Map.Entry<String, Integer> best = others.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    if (best != null && best.getValue() >= 3 && best.getValue() > en * 3 / 2) {
      return new Result(best.getKey(), false, "looks like " + new Locale(best.getKey()).getDisplayLanguage(Locale.ENGLISH)
          + " (" + best.getValue() + " of its function words against " + en + " English ones), not English");
    }
    if (words >= 30 && en * 100 < words * 3) {
      return new Result("und", false, "Latin script but hardly any English words (" + en + " of " + words
          + "): not English");
    }
    if (en == 0 && words < 30 && !hint.isEmpty() && !hint.equals("en") && LATIN_OTHERS.containsKey(hint)) {
      return new Result(hint, false, "marked as " + hint + " and too short to say otherwise");
    }
    return new Result("en", true, null);
  }

  private static final Set<String> AR_FOLDED = folded(AR);

  private static Set<String> folded(Set<String> ws) {
    java.util.Set<String> out = new java.util.HashSet<>();
    ws.forEach(w -> out.add(ArabicNormalizer.normalize(w)));
    return Set.copyOf(out);
  }

  private static Set<String> words(String s) {
    return Set.copyOf(java.util.Arrays.asList(s.split(" +")));
  }
}
