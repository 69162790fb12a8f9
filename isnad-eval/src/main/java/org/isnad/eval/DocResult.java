package org.isnad.eval;

import java.util.List;
import java.util.Map;

/**
 * The figures of one document, as score.py's {@code score_doc} returns them.
 *
 * @param attrs per attribute, {correct, checked}, in first-seen order
 * @param perType per gold fact type, {matched, required}, in first-seen order
 * @param missed required gold facts no prediction matched, described as score.py does
 * @param falsePositives predictions that matched nothing, described with entity names
 */
public record DocResult(int tp, int strictTp, int fp, int fn, int gold, int pred, int dropped,
    Map<String, int[]> attrs, Map<String, int[]> perType, int entitiesFound, int entitiesWanted,
    List<String> missed, List<String> falsePositives) {}
