package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * English organizations named by their owner and a common noun: "Trump's presidential foundation
 * and museum", "Reed's family foundation", "Vossberg's super PAC". The mention covers the common
 * words; its name puts the owner's last name before them, as articles write it again later
 * ("Trump's presidential foundation"). Capitalized names are {@link NameRules}' job, and
 * inaugural funds are {@link EventOrgs}'. Thread-safe.
 */
public final class PossessedOrgs implements MentionFinder {
  /** Head nouns and the subtype of what they name. */
  private static final Map<String, String> HEADS = Map.ofEntries(Map.entry("foundation", "fund"),
      Map.entry("fund", "fund"), Map.entry("charity", "fund"), Map.entry("museum", "fund"),
      Map.entry("library", "fund"), Map.entry("pac", "fund"), Map.entry("committee", "fund"),
      Map.entry("trust", "fund"), Map.entry("institute", "fund"), Map.entry("company", "company"),
      Map.entry("firm", "company"));
  /** Words after the possessive that describe something other than an organization. */
  private static final Set<String> STOP = Set.of("inaugural", "inauguration", "campaign", "and", "or", "the", "a",
      "of", "to", "in", "for", "with", "on", "at", "by");
  private static final int MAX_WORDS = 4;

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    if (doc.isArabic()) {
      return out;
    }
    List<Token> tokens = doc.tokens();
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken() + 1; i + 1 < s.endToken(); i++) {
        Token owner = tokens.get(i - 1);
        if (!tokens.get(i).norm().equals("'s") || owner.kind() != Token.Kind.LATIN
            || !Character.isUpperCase(owner.norm().charAt(0))) {
          continue;
        }
        int end = headEnd(tokens, i + 1, s.endToken());
        if (end < 0) {
          continue;
        }
        String words = doc.slice(new Span(tokens.get(i + 1).start(), tokens.get(end - 1).end()));
        String head = tokens.get(end - 1).norm().toLowerCase(Locale.ROOT);
        String sub = HEADS.getOrDefault(head, "fund");
        out.add(new Mention(new Span(tokens.get(i + 1).start(), tokens.get(end - 1).end()), EntityType.ORGANIZATION,
            sub, owner.norm() + "'s " + words, 0.5, "possessed"));
      }
    }
    return out;
  }

  /**
   * The end of "presidential foundation [and museum]" starting at {@code from}: lower-case words,
   * the last a head noun, at most {@link #MAX_WORDS}; -1 when no head noun closes them.
   */
  private static int headEnd(List<Token> tokens, int from, int to) {
    int end = -1;
    for (int k = from; k < Math.min(to, from + MAX_WORDS + 2); k++) {
      Token t = tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      boolean pac = n.equals("pac") && t.kind() == Token.Kind.LATIN;
      if (t.kind() != Token.Kind.LATIN || !pac && !Character.isLowerCase(t.norm().charAt(0))) {
        break;
      }
      if (HEADS.containsKey(n)) {
        end = k + 1;
        // "foundation and museum": a second head joined by "and" belongs to the same name
        if (k + 2 < to && tokens.get(k + 1).norm().equals("and")
            && HEADS.containsKey(tokens.get(k + 2).norm().toLowerCase(Locale.ROOT))) {
          end = k + 3;
        }
        break;
      }
      if (STOP.contains(n) || k - from >= MAX_WORDS) {
        break;
      }
    }
    return end;
  }
}
