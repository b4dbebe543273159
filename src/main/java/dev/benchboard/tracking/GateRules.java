package dev.benchboard.tracking;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-metric rules of an evaluation's CI gate. No rules: every metric gates with the evaluation's
 * practical threshold. With rules: metrics listed with gates = false never fail it, and metrics not listed
 * do not either — a team that says "fail only on P99 and allocs/op" lists exactly those two.
 */
@Service
public class GateRules {

    private final JdbcClient jdbc;
    private final EvaluationService evaluations;

    GateRules(JdbcClient jdbc, EvaluationService evaluations) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
    }

    public List<MetricRule> list(long evaluationId) {
        requireEvaluation(evaluationId);
        return jdbc.sql("select metric, gates, threshold_percent from gate_metric where evaluation_id = ? order by metric")
                .param(evaluationId)
                .query((rs, n) -> new MetricRule(rs.getString(1), rs.getBoolean(2), rs.getDouble(3))).list();
    }

    /** Replaces the rules (an empty list: back to "every metric gates"). */
    @Transactional
    public List<MetricRule> replace(long evaluationId, List<MetricRule> rules) {
        requireEvaluation(evaluationId);
        Set<String> seen = new HashSet<>();
        for (MetricRule rule : rules) {
            if (!seen.add(rule.metric().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("metric " + rule.metric() + " is listed twice");
            }
        }
        jdbc.sql("delete from gate_metric where evaluation_id = ?").param(evaluationId).update();
        for (MetricRule rule : rules) {
            jdbc.sql("insert into gate_metric (evaluation_id, metric, gates, threshold_percent) values (?, ?, ?, ?)")
                    .params(evaluationId, rule.metric(), rule.gates(), rule.thresholdPercent()).update();
        }
        return list(evaluationId);
    }

    /** The rule for a metric; empty when the metric does not gate at all (rules exist and do not list it). */
    static Optional<MetricRule> ruleFor(List<MetricRule> rules, String metric, double defaultThreshold) {
        if (rules.isEmpty()) return Optional.of(new MetricRule(metric, true, defaultThreshold));
        return rules.stream().filter(r -> r.metric().equalsIgnoreCase(metric)).findFirst().filter(MetricRule::gates);
    }

    private void requireEvaluation(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
    }
}
