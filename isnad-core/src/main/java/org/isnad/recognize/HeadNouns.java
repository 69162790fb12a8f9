package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * Organizations announced by a head noun: شركة "ميتا"، صحيفة وول ستريت جورنال، وكالة
 * رويترز، وزارة الخزانة. The head fixes the type (company, outlet, government, fund...) of
 * the name after it, whatever the tagger thought; the name's extent comes from the tagger's
 * mention when there is one, else from a short run of name-like words. Institutional heads
 * (وزارة، لجنة، بنك) stay in the name.
 */
public final class HeadNouns {
  /** Scores above the tagger's, so that the head's reading of the same span wins. */
  static final double SCORE = 0.85;

  public List<Mention> find(Document doc, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    if (!doc.isArabic()) {
      return out;
    }
    List<Token> tokens = doc.tokens();
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
        Token t = tokens.get(i);
        String kind = t.kind() == Token.Kind.ARABIC ? NameRules.AR_HEADS.get(t.stem()) : null;
        if (kind != null && t.hasArticle() && t.suffix().isEmpty()) {
          int end = definiteInstitution(tokens, i, s.endToken());
          if (end > i) {
            // "المديرية العامة للجمارك", "الشركة العامة للنقل البحري": a definite head, a public
            // adjective and the field it serves name an institution
            out.add(NameRules.mention(doc, tokens, i, end, EntityType.ORGANIZATION, kind, SCORE));
          }
          continue;
        }
        if (kind == null || t.hasArticle() || t.norm().startsWith("ال") || !t.suffix().isEmpty()) {
          continue;
        }
        if (known.stream().anyMatch(m -> m.source().equals("event") && m.span().start() <= t.end()
            && m.span().end() > t.start())) {
          continue; // صندوق ترامب الافتتاحي is read as the inaugural fund already
        }
        boolean keepHead = NameRules.KEEP_HEAD.contains(t.stem());
        int nameStart = i + 1;
        Token next = tokens.get(nameStart);
        if (t.stem().equals("مجلس") && (next.norm().equals("اداره") || next.norm().equals("الاداره")
            || next.norm().equals("ادارتها") || next.norm().equals("ادارته"))) {
          continue; // "مجلس إدارة البنك": the bank's board, a title's words, not a body of its own
        }
        int end;
        int quote = quoteAfterDescription(tokens, nameStart, s.endToken());
        if (quote > nameStart) {
          // شركة الاتصالات الأمريكية "أكمي": the words before the quote say what it is, the quote names it
          int close = NameRules.closingQuote(tokens, quote, s.endToken(), 8);
          if (close > quote + 1) {
            out.add(NameRules.mention(doc, tokens, quote + 1, close, EntityType.ORGANIZATION, kind, SCORE));
            out.add(new Mention(new org.isnad.text.Span(next.start(), tokens.get(quote - 1).end()), EntityType.OTHER,
                DESCRIPTION, "", 0, "heads"));
            continue;
          }
        }
        if (next.kind() == Token.Kind.QUOTE) {
          int close = NameRules.closingQuote(tokens, nameStart, s.endToken(), 6);
          if (close > nameStart + 1) {
            out.add(NameRules.mention(doc, tokens, nameStart + 1, close, EntityType.ORGANIZATION, kind, SCORE));
            // "وبمشاركة بنك «سنام»": the head noun says what the quoted name is and is no name itself
            out.add(new Mention(new org.isnad.text.Span(t.start(), t.end()), EntityType.OTHER, DESCRIPTION, "", 0,
                "heads"));
          }
          continue;
        }
        Mention tagged = startingAt(known, next);
        if (next.kind() == Token.Kind.ARABIC && purpose(next) && !(tagged != null && tagged.type() == EntityType.PLACE)) {
          continue; // "مشروع لإنتاج الهيدروجين", "صندوق لدعم الأسر": what it is for, not what it is called
        }
        if (tagged != null) {
          end = nameStart;
          while (end < s.endToken() && tokens.get(end).start() < tagged.span().end()) {
            end++;
          }
          while (end < s.endToken() && NameRules.BRAND_WORDS.contains(tokens.get(end).norm())) {
            end++; // "شركة النيل باي": the tagger stopped at a word that looks like a particle
          }
          while (end < s.endToken() && end < nameStart + 3 && foreignWord(tokens.get(end))
              && !personAt(known, tokens.get(end)) && closesName(tokens, end + 1, s.endToken())) {
            end++; // "مجموعة أناضول تكستيل": a transliterated word the tagger left out goes on the name
          }
          if (end < s.endToken() && !kind.equals("government") && tokens.get(end).prefix().equals("لل")
              && tokens.get(end).stem().length() >= 4 && !ArabicWords.isFunction(tokens.get(end).norm())) {
            end++; // "شركة الفرات الذهبي للمقاولات": the field of business is part of a company's name
            if (end < s.endToken() && NameRules.isDefiniteNisba(tokens.get(end))) {
              end++; // "رمسيس للتنمية السياحية"
            }
          }
          if (tagged.type() == EntityType.PLACE && !kind.equals("government")) {
            // "شركة مصر الوطنية للتشييد", "بنك دبي التجاري": a company named after its place goes on
            int k = end;
            while (k < s.endToken() && k < nameStart + 4 && tokens.get(k).kind() == Token.Kind.ARABIC
                && !ArabicWords.isFunction(tokens.get(k).norm()) && !tokens.get(k).prefix().startsWith("و")
                && (tokens.get(k).hasArticle() || tokens.get(k).hasPrefix('ل') && tokens.get(k).stem().length() >= 4
                || NameRules.BRAND_WORDS.contains(tokens.get(k).norm()))) {
              k++; // definite adjectives and ل-phrases, not an indefinite noun after the name (حصة)
            }
            end = Math.max(end, k);
          }
        } else if (next.kind() == Token.Kind.LATIN) {
          end = nameStart;
          while (end < s.endToken() && tokens.get(end).kind() == Token.Kind.LATIN) {
            end++;
          }
        } else {
          end = NameRules.arabicNameRun(tokens, nameStart, s.endToken(), keepHead ? 3 : 2);
          if (ordinaryPhrase(tokens, nameStart, end)) {
            continue; // "صندوق تنصيب رئاسي": a fund of some kind, not one named
          }
          if (kind.equals("project") && end - nameStart == 1
              && org.isnad.text.ar.WordCounts.isCommonWord(tokens.get(nameStart).norm(), 3)) {
            continue; // "مشروع إعادة تأهيل": what the project does, not its name
          }
        }
        if (end > nameStart && end + 1 < s.endToken() && keepHead && !t.stem().equals("وزاره")
            && tokens.get(end).kind() == Token.Kind.ARABIC && tokens.get(end).prefix().equals("و")
            && !tokens.get(end).hasArticle() && tokens.get(end + 1).kind() == Token.Kind.ARABIC
            && tokens.get(end + 1).hasArticle() && !tokens.get(end - 1).hasArticle()) {
          end += 2; // "جمعية أبحاث وتصنيع الأدوية": two nouns sharing one genitive are one name
        }
        while (end > nameStart && end < s.endToken() && t.stem().equals("وزاره") && tokens.get(end).kind() == Token.Kind.ARABIC
            && (tokens.get(end).norm().startsWith("وال") && tokens.get(end).stem().length() >= 3
            || portfolioPair(tokens, end, s.endToken()))) {
          if (!tokens.get(end).norm().startsWith("وال")) {
            end++; // "وتقنية المعلومات": و, a noun, then its definite genitive
          }
          end++; // "وزارة الاقتصاد والمالية": a ministry's joined portfolios are one name
          int portfolio = end - 1;
          while (end < s.endToken() && tokens.get(end).kind() == Token.Kind.ARABIC && tokens.get(end).norm().startsWith("ال")
              && (end - 1 == portfolio || !NameRules.isDefiniteNisba(tokens.get(end - 1)))) {
            end++; // "والتخطيط العمراني", "والتنمية المستدامة"
          }
        }
        if (end > nameStart) {
          out.add(NameRules.mention(doc, tokens, keepHead ? i : nameStart, end, EntityType.ORGANIZATION, kind,
              SCORE));
        }
      }
    }
    return out;
  }

  /**
   * The subtype of the spans {@link #find} returns that are no names: the description between a
   * head noun and the quoted name (شركة الاتصالات الأمريكية "..."). The caller drops them, and
   * every other mention inside them.
   */
  public static final String DESCRIPTION = "description";

  /** The opening quote after one to three definite words (الاتصالات الأمريكية), or -1. */
  private static int quoteAfterDescription(List<Token> tokens, int from, int end) {
    for (int k = from; k < Math.min(end, from + 4); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.QUOTE) {
        return k > from ? k : -1;
      }
      if (t.kind() != Token.Kind.ARABIC || !(t.hasArticle() || t.norm().startsWith("ال"))) {
        return -1;
      }
    }
    return -1;
  }

  /** Folded adjectives that make a definite head an institution's name: العامة، الوطنية، الاتحادية. */
  private static final java.util.Set<String> PUBLIC_ADJECTIVES = java.util.Set.of("العامه", "العام", "الوطنيه",
      "الوطني", "الاتحاديه", "الاتحادي", "المركزيه", "المركزي", "العليا", "الاعلي", "الدوليه", "الدولي");

  /**
   * The end of "الهيئة العامة للمنافسة"-like names: a definite head at {@code i}, a public or
   * national adjective, a field with لل (or ل and a genitive: لمرافق المياه), then up to two
   * definite words of that field; {@code i} when the words differ.
   */
  private static int definiteInstitution(List<Token> tokens, int i, int end) {
    if (i + 2 >= end || !PUBLIC_ADJECTIVES.contains(tokens.get(i + 1).norm())
        && !NameRules.isDefiniteNisba(tokens.get(i + 1))) {
      return i; // العامة، الوطنية, or a country's adjective: "الهيئة المصرية لمرافق المياه"
    }
    Token field = tokens.get(i + 2);
    boolean lam = field.prefix().equals("لل") || field.prefix().equals("ل") && !field.hasArticle()
        && i + 3 < end && tokens.get(i + 3).kind() == Token.Kind.ARABIC && tokens.get(i + 3).prefix().equals("ال");
    if (field.kind() != Token.Kind.ARABIC || !lam || field.stem().length() < 3) {
      return i;
    }
    int k = i + 3;
    while (k < end && k < i + 5 && tokens.get(k).kind() == Token.Kind.ARABIC && tokens.get(k).prefix().equals("ال")) {
      k++; // "للنقل البحري"
    }
    return k;
  }

  /** "وتقنية المعلومات": an indefinite noun with و and no other clitic, then a definite word. */
  private static boolean portfolioPair(List<Token> tokens, int k, int end) {
    Token t = tokens.get(k);
    return k + 1 < end && t.prefix().equals("و") && t.suffix().isEmpty() && !t.hasArticle() && t.stem().length() >= 3
        && !ArabicWords.isFunction(t.stem()) && tokens.get(k + 1).kind() == Token.Kind.ARABIC
        && tokens.get(k + 1).hasArticle() && tokens.get(k + 1).prefix().equals("ال");
  }

  /** Whether token k ends a name before it: a nationality adjective (التركية), a ل-phrase, punctuation or the sentence end. */
  private static boolean closesName(List<Token> tokens, int k, int end) {
    if (k >= end) {
      return true;
    }
    Token t = tokens.get(k);
    return t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.QUOTE || NameRules.isDefiniteNisba(t)
        || t.kind() == Token.Kind.ARABIC && t.prefix().equals("لل");
  }

  private static boolean personAt(List<Mention> known, Token t) {
    return known.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().start() == t.start());
  }

  /** An Arabic word with no clitic and no article that running text rarely uses: a transliterated name word. */
  private static boolean foreignWord(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && !t.norm().startsWith("ال") && t.suffix().isEmpty()
        && t.norm().length() >= 4 && !ArabicWords.isFunction(t.norm())
        && !org.isnad.text.ar.WordCounts.isCommonWord(t.norm(), 2)
        && !(t.norm().endsWith("ا") && org.isnad.text.ar.WordCounts.isCommonWord(t.norm().substring(0, t.norm().length() - 1), 2))
        && !(t.stem().length() >= 3 && org.isnad.text.ar.WordCounts.isCommonWord(t.stem(), 2)); // تبرعًا
  }

  /** Whether tokens [from, to) are ordinary indefinite words: a description, not a name. */
  private static final java.util.Set<String> DESCRIPTIVE = java.util.Set.of("اخر", "اخري", "جديد", "جديده", "ثان",
      "ثاني", "ثانيه", "كبير", "كبيره", "كبري", "صغير", "صغيره", "محلي", "محليه", "خاص", "خاصه", "عام", "عامه");

  private static boolean ordinaryPhrase(List<Token> tokens, int from, int to) {
    if (to - from == 1 && DESCRIPTIVE.contains(tokens.get(from).norm())) {
      return true; // "مستشفى آخر": another hospital, not one named
    }
    if (to - from < 2) {
      return false;
    }
    Token last = tokens.get(to - 1);
    String stem = last.stem();
    if (!ArabicWords.isDefinite(last) && last.prefix().isEmpty() && stem.length() >= 4 && (stem.endsWith("ي")
        || stem.endsWith("يه")) && !tokens.get(from).hasArticle()) {
      return true; // ends in an indefinite adjective (رئاسي، استثماري): "a presidential fund"
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.hasArticle() || !org.isnad.text.ar.WordCounts.isCommonWord(t.norm(), 3)) {
        return false;
      }
    }
    return true;
  }

  private static Mention startingAt(List<Mention> known, Token t) {
    Mention best = null;
    for (Mention m : known) {
      if (m.span().start() >= t.start() && m.span().start() < t.end() && !m.source().equals("event")
          && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  /** Whether the word is ل and an ordinary noun (لإنتاج، لتحلية، لدعم): a purpose, as the segmenter split it or not. */
  private static boolean purpose(Token t) {
    if (t.prefix().equals("ل") || t.prefix().equals("لل")) {
      return true;
    }
    String n = t.norm();
    // a verbal noun of the تفعيل / تفعّل patterns after ل (لتحلية، لتطوير) even where the lexicon lacks it
    return t.prefix().isEmpty() && n.startsWith("ل") && n.length() >= 5
        && (org.isnad.text.ar.WordCounts.isCommonWord(n.substring(1), 20) || n.startsWith("لت") && n.length() >= 6);
  }
}
