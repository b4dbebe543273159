package dev.benchboard.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.report.RegressionRow;

/**
 * One row of a comparison as the gate judged it.
 *
 * @param explanation    why the row fails, warns, is accepted or ignored: the gate's rule, then the verdict's reason
 * @param acknowledgement the acceptance that keeps a regressed row from failing (accepted rows only)
 * @param row            the regression row itself (verdict, p, n, method, the uploads of each side)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GateRow(String benchmark, String metric, String verdict, double deltaPercent, Double pAdjusted,
                      String explanation, Acknowledgement acknowledgement, RegressionRow row) {

    static GateRow of(RegressionRow row, String explanation, Acknowledgement acknowledgement) {
        return new GateRow(row.benchmark(), row.metric(), row.verdict(), row.deltaPercent(), row.pAdjusted(),
                explanation + " — " + row.reason().english(), acknowledgement, row);
    }
}
