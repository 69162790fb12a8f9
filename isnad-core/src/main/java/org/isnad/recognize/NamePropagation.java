package org.isnad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.EntityType;
import org.isnad.link.NameKey;
import org.isnad.text.Document;
import org.isnad.text.Token;
import org.isnad.text.ar.Proclitics;
import org.isnad.text.ar.WordCounts;

/**
 * One sense per document: a name found once is the same name where the tagger missed it
 * (لترامب after ترامب was tagged elsewhere). Single words only, and never an ordinary word.
 */
public final class NamePropagation {

  public List<Mention> find(Document doc, List<Mention> known) {
    Map<String, Mention> byWord = new HashMap<>();
    for (Mention m : known) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
        String[] words = NameKey.words(NameKey.of(m.name()));
        if (words.length >= 1) {
          String last = words[words.length - 1];
          if (words.length == 1 || m.type() == EntityType.PERSON) {
            byWord.putIfAbsent(last, m); // a person's surname, or a one-word organization
          }
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    if (byWord.isEmpty()) {
      return out;
    }
    List<Token> tokens = doc.tokens();
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.ARABIC && t.kind() != Token.Kind.LATIN || covered(known, t)) {
        continue;
      }
      String word = t.kind() == Token.Kind.ARABIC ? Proclitics.strip(t.norm()) : t.norm();
      String key = NameKey.of(word);
      Mention source = byWord.get(key);
      if (source == null || key.length() < 3 || t.kind() == Token.Kind.ARABIC && WordCounts.isCommonWord(key, 20)) {
        continue;
      }
      Mention m = NameRules.mention(doc, tokens, t.index(), t.index() + 1, source.type(), source.subtype(), 0.4);
      String seen = NameKey.of(doc.slice(m.span()));
      if (seen.equals(key)) {
        out.add(new Mention(m.span(), source.type(), source.subtype(), m.name(), 0.4, "propagated"));
      }
    }
    return out;
  }

  private static boolean covered(List<Mention> known, Token t) {
    for (Mention m : known) {
      if (m.span().start() < t.end() && t.start() < m.span().end()) {
        return true;
      }
    }
    return false;
  }
}
