package dev.benchboard.tracking;

import java.util.List;

/**
 * The CI gate's answer for one baseline / candidate pair.
 *
 * @param pass     no row fails: no regressed row of a gating metric at or above its threshold that is not
 *                 accepted (and, with strict, no insufficient row)
 * @param summary  one line for a CI log
 * @param failing  the rows that fail the gate
 * @param warnings insufficient rows (failing instead when strict)
 * @param accepted regressed rows that an acknowledgement accepts
 * @param ignored  regressed rows whose metric does not gate or whose |Δ %| is below the metric's threshold
 * @param rules    the per-metric rules applied (empty: every metric gates at the evaluation's practical threshold)
 */
public record GateResult(boolean pass, long evaluationId, String baseline, String candidate, boolean strict,
                         String summary, int rows, List<GateRow> failing, List<GateRow> warnings,
                         List<GateRow> accepted, List<GateRow> ignored, List<MetricRule> rules) {
}
