package dev.benchboard.tracking;

import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.report.UploadFigures;
import dev.benchboard.stats.changepoint.ChangePoint;
import dev.benchboard.stats.changepoint.ChangePointResult;
import dev.benchboard.stats.changepoint.ChangePointSettings;
import dev.benchboard.stats.changepoint.EDivisive;
import dev.benchboard.stats.changepoint.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The history of a candidate's metrics over its uploads, with change points: E-divisive with a permutation
 * test (the statistics doc's rule: p = 0.05, 199 permutations, the evaluation's seed, segments of at least
 * 3), over one series at a time — one load condition, one benchmark — and only from
 * {@link UploadFigures#MIN_RUNS_FOR_CHANGE_POINTS} points on, as the report's change points.
 */
@Service
public class History {

    public static final String ORDER_UPLOAD = "upload";
    public static final String ORDER_LABEL = "label";

    private final EvaluationService evaluations;
    private final EvidenceStore evidence;

    History(EvaluationService evaluations, EvidenceStore evidence) {
        this.evaluations = evaluations;
        this.evidence = evidence;
    }

    /** The series a candidate has (benchmark, metric, unit), for choosing one. */
    public List<UploadFigures.SeriesKey> series(long evaluationId, String candidate) {
        return List.copyOf(figures(evaluationId, candidate).keySet());
    }

    /**
     * @param benchmark the load condition or benchmark; may be left out when only one has this metric
     * @param order     {@link #ORDER_UPLOAD} (default) or {@link #ORDER_LABEL}
     */
    public MetricHistory history(long evaluationId, String candidate, String metric, String benchmark, String order) {
        if (metric == null || metric.isBlank()) throw new IllegalArgumentException("metric is required (e.g. P99, throughput, ns/op)");
        String by = order == null || order.isBlank() ? ORDER_UPLOAD : order.strip().toLowerCase(Locale.ROOT);
        if (!by.equals(ORDER_UPLOAD) && !by.equals(ORDER_LABEL)) {
            throw new IllegalArgumentException("order: 'upload' or 'label', was '" + order + "'");
        }
        Map<UploadFigures.SeriesKey, List<UploadFigures.Point>> all = figures(evaluationId, candidate);
        List<UploadFigures.SeriesKey> matching = all.keySet().stream().filter(k -> k.metric().equalsIgnoreCase(metric.strip()))
                .filter(k -> benchmark == null || benchmark.isBlank() || k.benchmark().equals(benchmark.strip())).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no series '" + metric + "'" + (benchmark == null ? "" : " of '" + benchmark + "'")
                    + " for " + candidate + "; its series: " + all.keySet().stream().map(k -> k.benchmark() + " / " + k.metric()).toList());
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException("several series have the metric '" + metric + "'; name one with benchmark= : "
                    + matching.stream().map(UploadFigures.SeriesKey::benchmark).toList());
        }
        UploadFigures.SeriesKey key = matching.getFirst();
        List<UploadFigures.Point> points = new ArrayList<>(all.get(key));
        if (by.equals(ORDER_LABEL)) {
            points.sort(Comparator.comparing((UploadFigures.Point p) -> p.source().label(), Comparator.nullsLast(NaturalOrder.INSTANCE)));
        }
        EvaluationDetails evaluation = evaluations.get(evaluationId);
        List<MetricHistory.Point> out = points.stream().map(p -> new MetricHistory.Point(p.source().uploadId(), p.source().label(),
                p.source().uploadedAt(), p.value(), p.ciLow(), p.ciHigh(), p.source().fileName(), p.source().baseline(),
                p.method().english())).toList();
        String candidateName = evidenceOf(evaluationId, candidate).name();
        if (out.size() < UploadFigures.MIN_RUNS_FOR_CHANGE_POINTS) {
            return new MetricHistory(candidateName, key.benchmark(), key.metric(), key.unit(), by, out, List.of(), null,
                    Sentence.of("tracking.history.note.too-few", Figures.count(UploadFigures.MIN_RUNS_FOR_CHANGE_POINTS),
                            Figures.count(out.size())), key.words());
        }
        ChangePointSettings d = ChangePointSettings.defaults();
        ChangePointSettings settings = new ChangePointSettings(d.significance(), d.permutations(), d.minSegmentSize(),
                d.exponent(), evaluation.settings().randomSeed());
        ChangePointResult result = EDivisive.detect(out.stream().mapToDouble(MetricHistory.Point::value).toArray(), settings);
        List<MetricHistory.ChangePointMark> marks = result.changePoints().stream()
                .sorted(Comparator.comparingInt(ChangePoint::index))
                .map(c -> new MetricHistory.ChangePointMark(c.index(), out.get(c.index()).uploadId(), c.pValue(),
                        shiftPercent(result.segments(), c.index())))
                .toList();
        return new MetricHistory(candidateName, key.benchmark(), key.metric(), key.unit(), by, out,
                marks, result.method().english(), null, key.words());
    }

    /** The new regime's mean against the previous regime's, in %. */
    static double shiftPercent(List<Segment> segments, int index) {
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).from() == index) {
                double before = segments.get(i - 1).mean();
                return (segments.get(i).mean() / before - 1) * 100;
            }
        }
        throw new IllegalStateException("no segment starts at change point " + index);
    }

    private Map<UploadFigures.SeriesKey, List<UploadFigures.Point>> figures(long evaluationId, String candidate) {
        Evidence.CandidateEvidence c = evidenceOf(evaluationId, candidate);
        EvaluationDetails evaluation = evaluations.get(evaluationId);
        return UploadFigures.of(c, evaluation.settings(), evaluation.requirements().availabilitySlo());
    }

    private Evidence.CandidateEvidence evidenceOf(long evaluationId, String candidate) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        if (candidate == null || candidate.isBlank()) throw new IllegalArgumentException("candidate is required");
        Evidence data = evidence.load(evaluationId);
        return data.candidates().stream().filter(c -> c.name().equalsIgnoreCase(candidate.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate named '" + candidate + "' in this evaluation; "
                        + "candidates: " + data.candidates().stream().map(Evidence.CandidateEvidence::name).toList()));
    }
}
