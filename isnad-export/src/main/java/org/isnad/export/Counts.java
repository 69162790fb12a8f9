package org.isnad.export;

/**
 * What an export wrote: entities, facts, their evidences, the articles those cite, and the facts
 * left out because the format has no form for them (in FtM a statement to no one; in GEXF a fact
 * with one party, which is no edge).
 */
public record Counts(int entities, int facts, int evidences, int articles, int left) {}
