package org.isnad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Words that introduce or tag reported speech: Arabic verbs in their common inflections
 * (قال، قالت، يقول، وقال، مضيفا …), attribution phrases (وفقا لـ، بحسب، نقلا عن) and their
 * English counterparts (said, told, wrote, according to). Arabic forms are matched folded,
 * with an optional conjunction و or ف and an optional future س; English forms in lower case,
 * except that a capitalized form counts only at the start of its clause, so "United States"
 * is not a cue. Used by {@link QuoteFinder} to tell speech from names, and by the fact layer
 * to find speakers. Immutable and thread-safe.
 */
public final class SpeechCues {
  /** What a cue says about the speech it introduces. */
  public enum Type {
    /** Spoken or unspecified: قال، أكد، said, told. */
    SAY,
    /** Written or posted: كتب، غرد، wrote, tweeted. */
    WRITE,
    /** A denial: نفى، denied. */
    DENY,
    /** An attribution phrase whose object is the source: وفقا لـ، بحسب، according to. */
    SOURCE
  }

  /** A cue: tokens {@code [firstToken, endToken)}, its dictionary form and its type. */
  public record Cue(int firstToken, int endToken, String lemma, Type type) {
    public Span span(List<Token> tokens) {
      return new Span(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
    }
  }

  /** lemma | type | folded forms. Second words of two-word cues are in {@link #SECOND_WORDS}. */
  private static final String[] TABLE = {
      "قال|SAY|قال قالت قالوا قالا قلت قلنا يقول تقول يقولون تقولون نقول اقول قايلا قايله قوله قولها قولهم",
      "نقل|SAY|نقل نقلت ينقل تنقل",
      "أضاف|SAY|اضاف اضافت اضافوا يضيف تضيف يضيفون مضيفا",
      "أكد|SAY|اكد اكدت اكدوا يوكد توكد يوكدون موكدا",
      "أوضح|SAY|اوضح اوضحت اوضحوا يوضح توضح موضحا",
      "أشار|SAY|اشار اشارت اشاروا يشير تشير مشيرا",
      "صرح|SAY|صرح صرحت صرحوا يصرح تصرح مصرحا",
      "ذكر|SAY|ذكر ذكرت ذكروا يذكر تذكر",
      "أعلن|SAY|اعلن اعلنت اعلنوا يعلن تعلن معلنا",
      "أفاد|SAY|افاد افادت",
      "تابع|SAY|تابع تابعت",
      "شدد|SAY|شدد شددت يشدد تشدد مشددا",
      "أردف|SAY|اردف اردفت",
      "لفت|SAY|لفت لفتت لافتا",
      "اعتبر|SAY|اعتبر اعتبرت يعتبر تعتبر معتبرا",
      "حذر|SAY|حذر حذرت يحذر تحذر محذرا",
      "أعرب|SAY|اعرب اعربت",
      "كشف|SAY|كشف كشفت يكشف تكشف",
      "أبلغ|SAY|ابلغ ابلغت",
      "أجاب|SAY|اجاب اجابت",
      "سأل|SAY|سال سالت تساءل تساءلت",
      "أقر|SAY|اقر اقرت",
      "زعم|SAY|زعم زعمت يزعم تزعم",
      "وصف|SAY|وصف وصفت وصفه وصفها وصفهم يصف تصف يصفه تصفه واصفا",
      "كتب|WRITE|كتب كتبت يكتب تكتب",
      "غرد|WRITE|غرد غردت",
      "نشر|WRITE|نشر نشرت",
      "نفى|DENY|نفي نفت نفوا ينفي تنفي نافيا",
      "بحسب|SOURCE|بحسب حسب حسبما",
      "وفقا|SOURCE|وفقا طبقا",
      "نقلا عن|SOURCE|نقلا",
      "على لسان|SOURCE|علي",
      "say|SAY|say says said saying tell tells told telling add adds added adding stated explained explains"
          + " insisted insists argued argues claimed confirmed confirms warned warns asked asks replied"
          + " responded recalled acknowledged admitted admits declared emphasized emphasised stressed remarked"
          + " commented announced announces noted asserted suggested vowed pledged promised boasted complained"
          + " conceded urged testified quipped joked reiterated countered counters retorted suggests suggest"
          + " contends contended maintained maintains alleged alleges",
      "write|WRITE|write writes wrote writing tweeted posted texted emailed",
      "deny|DENY|deny denies denied denying",
      "according to|SOURCE|according",
      "citing|SOURCE|citing"};
  /** Two-word cues: the first form, the second word it needs (folded), and whether it is required. */
  private static final Map<String, String> SECOND_WORDS = Map.of("نقلا", "عن", "علي", "لسان", "according", "to",
      "وفقا", "ل", "طبقا", "ل");
  private static final Set<String> SECOND_REQUIRED = Set.of("نقلا", "علي", "according");

  private static final SpeechCues STANDARD = new SpeechCues(TABLE);

  private record Entry(String lemma, Type type) {}

  private final Map<String, Entry> forms = new HashMap<>();

  private SpeechCues(String[] table) {
    for (String row : table) {
      String[] cols = row.split("\\|");
      Type type = Type.valueOf(cols[1]);
      for (String form : cols[2].split(" ")) {
        forms.put(form, new Entry(cols[0], type));
      }
    }
  }

  public static SpeechCues standard() {
    return STANDARD;
  }

  /** The cues in a sentence of {@code doc}, in order. */
  public List<Cue> find(Document doc, Sentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return find(doc.tokens(), sentence.firstToken(), sentence.endToken());
  }

  /** The cues among {@code tokens[from, to)}, in order, none overlapping. */
  public List<Cue> find(List<Token> tokens, int from, int to) {
    List<Cue> out = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      Cue c = at(tokens, i, from, to);
      if (c != null) {
        out.add(c);
        i = c.endToken() - 1;
      }
    }
    return out;
  }

  /** The cue starting at token {@code i}, or null; {@code [from, to)} bounds its clause. */
  public Cue at(List<Token> tokens, int i, int from, int to) {
    Token t = tokens.get(i);
    String form = formOf(t, i == from || i > 0 && !tokens.get(i - 1).isWord());
    if (form == null) {
      return null;
    }
    Entry entry = forms.get(form);
    int end = i + 1;
    String second = SECOND_WORDS.get(form);
    if (second != null) {
      boolean next = end < to && end < tokens.size() && secondMatches(tokens.get(end), second);
      if (next) {
        end++;
      } else if (SECOND_REQUIRED.contains(form)) {
        return null;
      }
    }
    return new Cue(i, end, entry.lemma(), entry.type());
  }

  /** Whether one token is a cue word on its own (the first word of a two-word cue counts). */
  public boolean isCue(Token t) {
    return formOf(t, true) != null;
  }

  private String formOf(Token t, boolean clauseStart) {
    if (t.kind() == Token.Kind.ARABIC) {
      String n = t.norm();
      if (forms.containsKey(n)) {
        return n;
      }
      for (String p : new String[] {"و", "ف", "وس", "فس", "س"}) {
        if (n.startsWith(p) && n.length() > p.length() + 2 && forms.containsKey(n.substring(p.length()))) {
          String stem = n.substring(p.length());
          boolean present = stem.startsWith("ي") || stem.startsWith("ت") || stem.startsWith("ن");
          return p.endsWith("س") && !present ? null : stem;
        }
      }
      return null;
    }
    if (t.kind() == Token.Kind.LATIN) {
      String n = t.norm();
      String lower = n.toLowerCase(Locale.ROOT);
      if (!forms.containsKey(lower) || !lower.equals(n) && (!clauseStart || !Character.isUpperCase(n.charAt(0)))) {
        return null;
      }
      return lower;
    }
    return null;
  }

  private static boolean secondMatches(Token t, String second) {
    String n = t.norm().toLowerCase(Locale.ROOT);
    // "وفقا لـ" writes the preposition alone or glued to the source (وفقا للصحيفة).
    return second.equals("ل") ? n.equals("ل") || n.equals("لما") : n.equals(second);
  }
}
