package dev.benchboard.tracking;

import dev.benchboard.evaluation.EvaluationChanged;
import dev.benchboard.report.ChangePoints;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.report.ReportService;
import dev.benchboard.stats.changepoint.ChangePoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells an evaluation's webhooks what changed: after a change has committed (an upload, a deletion, new
 * settings), off the request thread, the report's regressed rows (not accepted) and its change points are
 * compared with what was last seen; each new one is announced once — one "regression" event for all rows
 * an upload turned regressed, one "change_point" event for the new change points. Evaluations without
 * webhooks cost nothing. Gate failures are announced as they happen.
 */
@Component
class TrackingNotifier implements DisposableBean {

    static final String REGRESSION = "regression";
    static final String CHANGE_POINT = "change_point";
    static final String GATE_FAILED = "gate_failed";
    static final String TEST = "test";
    private static final Logger log = LoggerFactory.getLogger(TrackingNotifier.class);

    private final ReportService reports;
    private final Webhooks webhooks;
    private final Acknowledgements acknowledgements;
    private final WebhookSender sender;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** One checker thread: the checks of one evaluation run in the order of its changes. */
    private final ExecutorService checks = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("tracking-check").daemon().factory());

    TrackingNotifier(ReportService reports, Webhooks webhooks, Acknowledgements acknowledgements, WebhookSender sender,
                     JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.webhooks = webhooks;
        this.acknowledgements = acknowledgements;
        this.sender = sender;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(EvaluationChanged change) {
        long evaluationId = change.evaluationId();
        checks.execute(() -> {
            try {
                if (webhooks.any(evaluationId)) check(evaluationId, true);
            } catch (RuntimeException e) {
                log.warn("tracking check of evaluation {} failed", evaluationId, e);
            }
        });
    }

    @EventListener
    void gateFailed(GateFailed failed) {
        GateResult r = failed.result();
        checks.execute(() -> {
            if (!webhooks.any(r.evaluationId())) return;
            List<TrackingEvent.Item> items = r.failing().stream().map(g -> new TrackingEvent.Item(r.candidate(), r.baseline(),
                    g.benchmark(), g.metric(), g.deltaPercent(), g.pAdjusted(), null, g.explanation())).toList();
            sender.sendToAll(new TrackingEvent(GATE_FAILED, r.evaluationId(), reports.report(r.evaluationId()).evaluation(),
                    r.summary(), link(r.evaluationId(), "compare"), items, clock.instant()));
        });
    }

    /** Records what is there now without announcing it (a new webhook is not told about old regressions). */
    void remember(long evaluationId) {
        check(evaluationId, false);
    }

    /** A test event, so a team can see its endpoint receive and verify one. */
    String sendTest(Webhook webhook) {
        String name = reports.report(webhook.evaluationId()).evaluation();
        return sender.send(webhook, new TrackingEvent(TEST, webhook.evaluationId(), name,
                "test delivery: this webhook works", link(webhook.evaluationId(), ""), List.of(), clock.instant()));
    }

    private synchronized void check(long evaluationId, boolean announce) {
        EvaluationReport report = reports.report(evaluationId);
        List<Acknowledgement> accepted = acknowledgements.list(evaluationId);
        Map<String, TrackingEvent.Item> regressed = new LinkedHashMap<>();
        for (RegressionRow row : report.regressions()) {
            if (!"regressed".equals(row.verdict()) || Acknowledgements.accepting(accepted, row).isPresent()) continue;
            regressed.put(String.join("|", row.baseline().english(), row.candidate(), row.benchmark(), row.metric()),
                    new TrackingEvent.Item(row.candidate(), row.baseline().english(), row.benchmark(), row.metric(), row.deltaPercent(),
                            row.pAdjusted(), null, row.reason().english()));
        }
        Map<String, TrackingEvent.Item> changePoints = new LinkedHashMap<>();
        for (CandidateReport c : report.candidates()) {
            if (c.changePoints() == null) continue;
            for (ChangePoints.Series series : c.changePoints().series()) {
                for (ChangePoint point : series.result().changePoints()) {
                    long uploadId = series.runs().get(point.index()).uploadId();
                    changePoints.put(String.join("|", c.candidate(), series.condition(), Long.toString(uploadId)),
                            new TrackingEvent.Item(c.candidate(), null, series.condition(), c.changePoints().metric().english(),
                                    History.shiftPercent(series.result().segments(), point.index()), point.pValue(), uploadId,
                                    "E-divisive change point at run " + (point.index() + 1) + " of " + series.values().size()));
                }
            }
        }
        List<TrackingEvent.Item> newRegressions = update(evaluationId, REGRESSION, regressed);
        List<TrackingEvent.Item> newChangePoints = update(evaluationId, CHANGE_POINT, changePoints);
        if (!announce) return;
        if (!newRegressions.isEmpty()) {
            sender.sendToAll(new TrackingEvent(REGRESSION, evaluationId, report.evaluation(), newRegressions.size()
                    + " row(s) newly regressed", link(evaluationId, ""), newRegressions, clock.instant()));
        }
        if (!newChangePoints.isEmpty()) {
            sender.sendToAll(new TrackingEvent(CHANGE_POINT, evaluationId, report.evaluation(), newChangePoints.size()
                    + " new change point(s)", link(evaluationId, "history"), newChangePoints, clock.instant()));
        }
    }

    /** Replaces the seen items of a kind with the current ones; returns those not seen before. */
    private List<TrackingEvent.Item> update(long evaluationId, String kind, Map<String, TrackingEvent.Item> current) {
        return transaction.execute(status -> {
            Set<String> seen = Set.copyOf(jdbc.sql("select item from tracking_seen where evaluation_id = ? and kind = ?")
                    .params(evaluationId, kind).query(String.class).list());
            List<TrackingEvent.Item> fresh = new ArrayList<>();
            current.forEach((key, item) -> {
                if (!seen.contains(key)) fresh.add(item);
            });
            jdbc.sql("delete from tracking_seen where evaluation_id = ? and kind = ?").params(evaluationId, kind).update();
            for (String key : current.keySet()) {
                jdbc.sql("insert into tracking_seen (evaluation_id, kind, item) values (?, ?, ?)")
                        .params(evaluationId, kind, key.length() > 1000 ? key.substring(0, 1000) : key).update();
            }
            return fresh;
        });
    }

    private static String link(long evaluationId, String view) {
        return "/evaluations/" + evaluationId + (view.isEmpty() ? "" : "/" + view);
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
