package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Token;
import org.isnad.text.ar.Proclitics;

/**
 * Actors named by what they are rather than by a name: prosecutors, lawmakers, the Democrats,
 * the federal government, the authorities (مسؤولو الادعاء الأميركيون، المشرعون، الحكومة
 * الفيدرالية). News attributes charges, statements and policies to them as to any organization.
 * The mention runs over the adjectives that follow (الأميركيون، الفيدرالية، in Brooklyn is not).
 */
public final class GroupActors implements MentionFinder {
  /** Folded Arabic heads, without the article; a head may need a second word (مسؤولو ادعاء). */
  private static final Set<String> AR_HEADS = Set.of("مدعون", "مدعين", "مشرعون", "مشرعين", "ديمقراطيون",
      "ديمقراطيين", "جمهوريون", "جمهوريين", "حكومه", "سلطات", "محافظون", "محافظين", "ادعاء", "نيابه", "اداره");
  /** Folded definite heads that name a body when an adjective of origin follows (الإذاعة العبرية). */
  private static final Set<String> NISBA_HEADS = Set.of("اذاعه", "قناه", "وكاله", "هييه", "شبكه", "محكمه", "شرطه",
      "جيش", "خارجيه", "مخابرات", "بورصه", "سفاره", "داخليه", "خزانه");
  private static final Set<String> AR_FIRST = Set.of("مسوولو", "ممثلو", "مسوولي", "ممثلي");
  private static final Set<String> EN_HEADS = Set.of("prosecutors", "lawmakers", "democrats", "republicans",
      "regulators", "government", "authorities", "senators", "officials", "administration", "conservatives",
      "liberals", "investigators");
  private static final Set<String> EN_MODIFIERS = Set.of("federal", "u.s.", "us", "american", "state", "democratic",
      "republican", "house", "senate", "congressional", "trump", "biden", "european", "chinese", "saudi", "israeli");

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.ARABIC) {
        String w = Proclitics.strip(t.norm());
        String bare = w.startsWith("ال") ? w.substring(2) : w;
        int first = i;
        int end;
        if (AR_FIRST.contains(bare) && i + 1 < tokens.size()
            && AR_HEADS.contains(strip(Proclitics.strip(tokens.get(i + 1).norm())))) {
          end = i + 2; // مسؤولو ادعاء، ممثلو الادعاء
        } else if (AR_HEADS.contains(bare) && !bare.equals("ادعاء") && !bare.equals("اداره")) {
          end = i + 1;
        } else if ((bare.equals("اداره") || w.startsWith("ال") && NISBA_HEADS.contains(bare)) && i + 1 < tokens.size()
            && isNisba(tokens.get(i + 1))) {
          end = i + 1; // الإدارة الأمريكية، الإذاعة العبرية العامة، الخارجية الأمريكية
        } else {
          continue;
        }
        while (end < tokens.size() && end < first + 5 && isNisba(tokens.get(end))) {
          end++;
        }
        out.add(NameRules.mention(doc, tokens, first, end, EntityType.ORGANIZATION, "group", 0.45));
        i = end - 1;
      } else if (t.kind() == Token.Kind.LATIN) {
        String w = t.norm().toLowerCase(Locale.ROOT);
        if (!EN_HEADS.contains(w)) {
          continue;
        }
        boolean owned = i > 0 && tokens.get(i - 1).norm().equals("'s"); // the tokenizer writes ’s as 's too
        boolean ofPlace = i + 2 < tokens.size() && tokens.get(i + 1).norm().equalsIgnoreCase("of")
            && tokens.get(i + 2).kind() == Token.Kind.LATIN && Character.isUpperCase(tokens.get(i + 2).norm().charAt(0));
        if (owned || ofPlace) {
          continue; // "Oman's government", "the government of Kazakhstan": the country named acts
        }
        int first = i;
        while (first > 0 && EN_MODIFIERS.contains(tokens.get(first - 1).norm().toLowerCase(Locale.ROOT))) {
          first--;
        }
        if (first > 0 && tokens.get(first - 1).norm().equalsIgnoreCase("the")) {
          first--;
        }
        out.add(NameRules.mention(doc, tokens, first, i + 1, EntityType.ORGANIZATION, "group", 0.45));
      }
    }
    return out;
  }

  private static String strip(String w) {
    return w.startsWith("ال") ? w.substring(2) : w;
  }

  /** An adjective of origin or kind: الأميركيون، الفيدرالية، العام، أمريكيون. */
  private static boolean isNisba(Token t) {
    if (t.kind() != Token.Kind.ARABIC || !t.prefix().isEmpty() && !t.prefix().equals("ال")) {
      return false;
    }
    String n = t.norm();
    return n.endsWith("يون") || n.endsWith("يين") || n.endsWith("يه") || n.endsWith("ي") && n.length() > 3
        || n.equals("العام") || n.equals("العامه") || n.equals("العامون");
  }
}
