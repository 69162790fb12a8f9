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

  /**
   * "شركة النيل باي" read by its head noun, then "تتنافس النيل باي" where the tagger saw the river
   * النيل: an Arabic organization name of two or more words read by a head noun is the same name
   * wherever the document writes those words again. Returns the mentions with the shorter or
   * differently typed readings of those places replaced.
   */
  public static List<Mention> spreadOrganizations(Document doc, List<Mention> mentions) {
    List<Token> tokens = doc.tokens();
    List<List<String>> names = new ArrayList<>();
    List<Mention> sources = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || !m.source().equals("rules") || !doc.isArabic()) {
        continue;
      }
      int a = doc.tokenAt(m.span().start());
      int b = doc.tokenAt(m.span().end() - 1) + 1;
      if (a < 0 || b - a < 2 || b - a > 4) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int k = a; k < b; k++) {
        words.add(k == a ? Proclitics.strip(tokens.get(k).norm()) : tokens.get(k).norm());
      }
      if (!names.contains(words)) {
        names.add(words);
        sources.add(m);
      }
      // "النيل باي للمدفوعات الرقمية" is also written "النيل باي": the name before its ل-phrase
      for (int k = 1; k < words.size(); k++) {
        Token t = tokens.get(a + k);
        if (k == 1 && org.isnad.text.ar.WordCounts.isCommonWord(words.get(0), 20)) {
          break; // a one-word core must be a name, not an ordinary word (النور للاستثمار)
        }
        if (t.kind() == Token.Kind.ARABIC && t.hasPrefix('ل') && !t.hasArticle()) {
          break;
        }
        if (t.kind() == Token.Kind.ARABIC && (t.prefix().equals("لل") || t.prefix().equals("ل"))) {
          List<String> core = new ArrayList<>(words.subList(0, k));
          if (!names.contains(core)) {
            names.add(core);
            sources.add(m);
          }
          break;
        }
      }
    }
    if (names.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (int n = 0; n < names.size(); n++) {
      List<String> words = names.get(n);
      for (int i = 0; i + words.size() <= tokens.size(); i++) {
        boolean match = Proclitics.strip(tokens.get(i).norm()).equals(words.get(0));
        for (int k = 1; match && k < words.size(); k++) {
          match = tokens.get(i + k).norm().equals(words.get(k));
        }
        int end = i + words.size();
        if (!match || i > 0 && tokens.get(i - 1).kind() == Token.Kind.QUOTE
            && !(end < tokens.size() && tokens.get(end).kind() == Token.Kind.QUOTE)) {
          continue; // a longer quoted name is read whole by its own finder ("بحر العرب للملاحة")
        }
        Mention m = NameRules.mention(doc, tokens, i, i + words.size(), EntityType.ORGANIZATION,
            sources.get(n).subtype(), 0.7);
        if (out.stream().anyMatch(x -> x.span().equals(m.span()) && x.type() == EntityType.ORGANIZATION)
            || out.stream().anyMatch(x -> x.span().overlaps(m.span()) && !m.span().contains(x.span()))) {
          continue; // read already, or part of a longer name
        }
        out.removeIf(x -> m.span().contains(x.span()));
        out.add(new Mention(m.span(), EntityType.ORGANIZATION, m.subtype(), sources.get(n).name(), 0.7, "spread"));
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
