package dev.benchboard.ingest.format.fields;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import java.util.Comparator;
import java.util.List;

/**
 * The latency summary a tool printed for one run must agree with itself: min ≤ mean ≤ max, and
 * percentiles rising with their rank and lying within min..max. A tool never prints figures that
 * disagree (rounding to the printed digits keeps their order), so a file that has them was edited or
 * corrupted, and which figure is wrong cannot be told. Such a run keeps none of its latency figures —
 * stored, they would contradict each other on every chart — and a problem names the first
 * disagreement, so the upload is refused unless the user chooses to keep the valid data.
 *
 * <p>Percentiles read from an HdrHistogram may exceed the exact max by the histogram's resolution
 * (they are the highest value of their bucket, 3 significant digits), which is allowed.
 */
public final class ReportedLatency {

    static final String FIELD = "latency figures";
    static final Sentence EXPECTED = Sentence.of("ingest.latency.agree-expected");
    private static final double ROUNDING = 1e-9;
    private static final double HDR_RESOLUTION = 1.0 / 1024;
    private static final double HDR_FLOOR_MS = 0.001;

    private ReportedLatency() {
    }

    /** The run as it is when its latency figures agree; else without them, with a problem at the line. */
    public static RunData agreeing(RunData run, long line, ImportContext context) {
        Sentence disagreement = disagreement(run);
        if (disagreement == null) return run;
        context.reject(new Problem(line, null, FIELD, EXPECTED, Sentence.of("ingest.latency.left-out", disagreement)));
        return new RunData(run.label(), run.settings(), run.requests(), run.errors(), run.durationSeconds(),
                run.throughputRps(), run.concurrency(), null, null, null, null, run.histogram(), List.of(),
                run.latencyOrigin(), run.coordinatedOmission(), run.statusCodes(), run.metrics(), run.perSecond());
    }

    /** What disagrees, or null. */
    static Sentence disagreement(RunData run) {
        Double min = run.minMs();
        Double mean = run.meanMs();
        Double max = run.maxMs();
        if (min != null && max != null && above(min, max, false)) return above("min", min, "max", max);
        if (mean != null && min != null && above(min, mean, false)) return below("mean", mean, "min", min);
        if (mean != null && max != null && above(mean, max, false)) return above("mean", mean, "max", max);
        List<Percentile> sorted = run.percentiles().stream().sorted(Comparator.comparingDouble(Percentile::percentile)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Percentile p = sorted.get(i);
            if (i > 0 && above(sorted.get(i - 1).valueMs(), p.valueMs(), false)) {
                Percentile lower = sorted.get(i - 1);
                return Sentence.of("ingest.latency.percentile-below-percentile", name(p), ms(p.valueMs()), name(lower),
                        ms(lower.valueMs()));
            }
            if (min != null && above(min, p.valueMs(), false)) return Sentence.of("ingest.latency.percentile-below", name(p), ms(p.valueMs()), "min", ms(min));
            boolean bucket = p.origin() == LatencyOrigin.HDR_HISTOGRAM;
            if (max != null && above(p.valueMs(), max, bucket)) return Sentence.of("ingest.latency.percentile-above", name(p), ms(p.valueMs()), "max", ms(max));
        }
        return null;
    }

    /** "min 5 ms above max 3 ms": the figures' names (min, mean, max) stay as the tools print them. */
    private static Sentence above(String name, double value, String other, double otherValue) {
        return Sentence.of("ingest.latency.above", name, ms(value), other, ms(otherValue));
    }

    private static Sentence below(String name, double value, String other, double otherValue) {
        return Sentence.of("ingest.latency.below", name, ms(value), other, ms(otherValue));
    }

    /** a > b beyond floating-point noise, and beyond one histogram bucket (and its 1 µs floor) if asked. */
    private static boolean above(double a, double b, boolean bucket) {
        return bucket ? a > b * (1 + HDR_RESOLUTION) + HDR_FLOOR_MS : a > b * (1 + ROUNDING) + ROUNDING;
    }

    private static String name(Percentile p) {
        return "P" + Numbers.plain(p.percentile());
    }

    private static String ms(double v) {
        return Numbers.plain(v) + " ms";
    }
}
