package dev.benchboard.tracking;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.report.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The CI gate: the regression rows of one comparison (Mann-Whitney per like-for-like rows, Holm over the
 * rows; one run a side is never a verdict), judged by the evaluation's per-metric rules and its accepted
 * regressions. A row fails when it is regressed, its metric gates, |Δ %| reaches the metric's threshold
 * and no acknowledgement accepts it; insufficient rows warn, and fail only when strict.
 */
@Service
public class Gate {

    private final ReportService reports;
    private final EvaluationService evaluations;
    private final GateRules rules;
    private final Acknowledgements acknowledgements;
    private final ApplicationEventPublisher events;

    Gate(ReportService reports, EvaluationService evaluations, GateRules rules, Acknowledgements acknowledgements,
         ApplicationEventPublisher events) {
        this.reports = reports;
        this.evaluations = evaluations;
        this.rules = rules;
        this.acknowledgements = acknowledgements;
        this.events = events;
    }

    public GateResult check(long evaluationId, String baseline, String candidate, Set<Long> uploads, boolean strict) {
        List<RegressionRow> rows = reports.compare(evaluationId, baseline, candidate, uploads).rows();
        GateResult result = judge(evaluationId, baseline.strip(), candidate.strip(), rows, strict);
        if (!result.pass()) events.publishEvent(new GateFailed(result));
        return result;
    }

    GateResult judge(long evaluationId, String baseline, String candidate, List<RegressionRow> rows, boolean strict) {
        List<MetricRule> metricRules = rules.list(evaluationId);
        double practical = evaluations.get(evaluationId).settings().practicalThresholdPercent();
        List<Acknowledgement> accepted = acknowledgements.list(evaluationId);
        List<GateRow> failing = new ArrayList<>();
        List<GateRow> warnings = new ArrayList<>();
        List<GateRow> acceptedRows = new ArrayList<>();
        List<GateRow> ignored = new ArrayList<>();
        for (RegressionRow row : rows) {
            if ("insufficient".equals(row.verdict())) {
                (strict ? failing : warnings).add(GateRow.of(row, strict ? "fails (strict): too few runs for a verdict"
                        : "warning: too few runs for a verdict (fails only with strict=true)", null));
            }
            if (!"regressed".equals(row.verdict())) continue;
            Optional<MetricRule> rule = GateRules.ruleFor(metricRules, row.metric(), practical);
            Optional<Acknowledgement> ack = accepted.stream()
                    .filter(a -> a.accepts(baseline, candidate, row.benchmark(), row.metric())).findFirst();
            if (rule.isEmpty()) {
                ignored.add(GateRow.of(row, "ignored: " + row.metric() + " does not gate in this evaluation's rules", null));
            } else if (Math.abs(row.deltaPercent()) < rule.get().thresholdPercent()) {
                ignored.add(GateRow.of(row, "ignored: |Δ| " + percent(row.deltaPercent()) + " is below the gate's threshold "
                        + rule.get().thresholdPercent() + " % for " + row.metric(), null));
            } else if (ack.isPresent()) {
                acceptedRows.add(GateRow.of(row, "accepted by " + ack.get().createdBy() + " at " + ack.get().createdAt()
                        + ": " + ack.get().note(), ack.get()));
            } else {
                failing.add(GateRow.of(row, "fails: regressed by " + percent(row.deltaPercent()) + " (threshold "
                        + rule.get().thresholdPercent() + " %)", null));
            }
        }
        boolean pass = failing.isEmpty();
        String summary = (pass ? "PASS" : "FAIL") + ": " + candidate + " against " + baseline + " — " + rows.size()
                + " rows, " + failing.size() + " failing, " + warnings.size() + " warnings, " + acceptedRows.size()
                + " accepted, " + ignored.size() + " ignored";
        return new GateResult(pass, evaluationId, baseline, candidate, strict, summary, rows.size(), failing, warnings,
                acceptedRows, ignored, metricRules);
    }

    /** Δ % with its sign, in the one number format of the application. */
    static String percent(double delta) {
        return (delta > 0 ? "+" : "") + dev.benchboard.format.Figures.precise(delta) + " %";
    }
}
