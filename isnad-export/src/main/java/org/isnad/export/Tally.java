package org.isnad.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts what an exporter writes and remembers which articles it has written, so each article
 * is written once, when a fact first cites it. The set holds one key an article.
 */
final class Tally {
  int entities;
  int facts;
  int evidences;
  int left;
  private final Set<String> articles = new HashSet<>();

  /** True the first time an article (by its key) is met. */
  boolean firstCite(String article) {
    return article != null && articles.add(article);
  }

  Counts counts() {
    return new Counts(entities, facts, evidences, articles.size(), left);
  }
}
