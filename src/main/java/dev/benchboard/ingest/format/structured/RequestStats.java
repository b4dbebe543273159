package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Latencies;
import dev.benchboard.evidence.PerSecondSeries;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.evidence.SecondBucket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Accumulates per-request samples of one run in bounded memory: the HdrHistogram, exact count,
 * mean, standard deviation (shifted sums), min and max, status codes, the time span and a per-second
 * series. Memory grows with the run's length in seconds and its distinct status codes, never with
 * its request count.
 *
 * <p>Percentiles come from the histogram (3 significant digits, so within 0.1 % of the exact order
 * statistic); mean, min, max and standard deviation are exact over the raw values.
 */
public final class RequestStats {

    /** Percentiles reported for per-request data. */
    static final double[] PERCENTILES = {50, 75, 90, 95, 99, 99.9};
    public static final long NO_TIME = SampleTimestamps.INVALID;

    private final Histogram histogram = Latencies.newHistogram();
    private long requests;
    private long errors;
    private long belowResolution;
    // sums of (x - shift) and its square, shift = the first latency: as stable as Welford's update for
    // latency data and no division per sample
    private double shift = Double.NaN;
    private double shiftedSum;
    private double shiftedSquares;
    private double minMs = Double.POSITIVE_INFINITY;
    private double maxMs = Double.NEGATIVE_INFINITY;
    private final long[] statusCounts = new long[1000];

    private long firstStartNanos = Long.MAX_VALUE;
    private long lastEndNanos = Long.MIN_VALUE;
    private long untimed;
    private PerSecondSeries perSecond = new PerSecondSeries();
    private long minSecond = Long.MAX_VALUE;
    private long maxSecond = Long.MIN_VALUE;
    /** A run spanning more seconds than this (31 days) has nonsense timestamps; its series is dropped. */
    static final long MAX_SERIES_SECONDS = 31L * 24 * 3600;
    private boolean seriesDropped;
    // Recent seconds being filled, direct-mapped by second: rows arrive roughly in time order, and a
    // request's completion second is within a few seconds of its neighbours', so nearly every row
    // only touches these arrays; a slot goes to the (tree-based) series when another second needs it.
    private static final int SLOTS = 16;
    private long lastSecond;
    private long lastSecondStartNanos = Long.MIN_VALUE / 2;
    private final long[] slotSecond = filled(new long[SLOTS], Long.MIN_VALUE);
    private final long[] slotRequests = new long[SLOTS];
    private final long[] slotErrors = new long[SLOTS];
    private final double[] slotSumMs = new double[SLOTS];
    private final double[] slotMaxMs = new double[SLOTS];

    private long latestOrderNanos = Long.MIN_VALUE;
    private long outOfOrder;
    private long firstOutOfOrderLine;

    /**
     * One request.
     *
     * @param latencyMs  its latency, already checked to be within 0 … 1 h
     * @param error      non-2xx/3xx, socket error, or failed by the tool's own judgement
     * @param status     HTTP status 0…999, 0 for "no response", -1 when the source does not say
     * @param startNanos epoch nanoseconds when the request started, or {@link #NO_TIME}
     */
    public void record(double latencyMs, boolean error, int status, long startNanos) {
        requests++;
        if (error) errors++;
        if (!Latencies.recordMillis(histogram, latencyMs)) belowResolution++;
        if (requests == 1) shift = latencyMs;
        double d = latencyMs - shift;
        shiftedSum += d;
        shiftedSquares += d * d;
        if (latencyMs < minMs) minMs = latencyMs;
        if (latencyMs > maxMs) maxMs = latencyMs;
        if (status >= 0) statusCounts[status]++;
        if (startNanos == NO_TIME) {
            untimed++;
            return;
        }
        long endNanos = startNanos + Math.round(latencyMs * 1e6);
        if (startNanos < firstStartNanos) firstStartNanos = startNanos;
        if (endNanos > lastEndNanos) lastEndNanos = endNanos;
        long endSecond;
        if (endNanos - lastSecondStartNanos >= 0 && endNanos - lastSecondStartNanos < 1_000_000_000L) {
            endSecond = lastSecond;          // the common case, without a 64-bit division
        } else {
            endSecond = SampleTimestamps.second(endNanos);
            lastSecond = endSecond;
            lastSecondStartNanos = endSecond * 1_000_000_000L;
        }
        int slot = (int) (endSecond & (SLOTS - 1));
        if (slotSecond[slot] != endSecond) {
            flushSlot(slot);
            slotSecond[slot] = endSecond;
            if (endSecond < minSecond) minSecond = endSecond;
            if (endSecond > maxSecond) maxSecond = endSecond;
        }
        slotRequests[slot]++;
        if (error) slotErrors[slot]++;
        slotSumMs[slot] += latencyMs;
        if (latencyMs > slotMaxMs[slot]) slotMaxMs[slot] = latencyMs;
    }

    private void flushSlot(int slot) {
        if (slotRequests[slot] > 0 && !seriesDropped) {
            if (maxSecond - minSecond > MAX_SERIES_SECONDS) {
                // bounded memory: one tree entry per second would grow without limit
                seriesDropped = true;
                perSecond = new PerSecondSeries();
            }
        }
        if (slotRequests[slot] > 0 && !seriesDropped) {
            perSecond.add(slotSecond[slot], slotRequests[slot], slotErrors[slot], slotSumMs[slot], slotMaxMs[slot]);
        }
        slotSecond[slot] = Long.MIN_VALUE;
        slotRequests[slot] = 0;
        slotErrors[slot] = 0;
        slotSumMs[slot] = 0;
        slotMaxMs[slot] = 0;
    }

    private static long[] filled(long[] array, long value) {
        Arrays.fill(array, value);
        return array;
    }

    /**
     * Notes the time the file is ordered by (usually when each row was written); a step back in time
     * by more than {@code toleranceNanos} counts as out of order. The data is kept either way.
     */
    void checkOrder(long nanos, long toleranceNanos, long line) {
        if (nanos == NO_TIME) return;
        if (latestOrderNanos != Long.MIN_VALUE && nanos < latestOrderNanos - toleranceNanos) {
            if (outOfOrder++ == 0) firstOutOfOrderLine = line;
        } else if (nanos > latestOrderNanos) {
            latestOrderNanos = nanos;
        }
    }

    public long requests() { return requests; }
    long errors() { return errors; }

    /** From the first request's start to the last request's end; null without a positive span. */
    Double durationSeconds() {
        return lastEndNanos > firstStartNanos ? (lastEndNanos - firstStartNanos) / 1e9 : null;
    }

    /** Warnings a user should see about this run's data, prefixed with what the run is (null: no prefix). */
    public void warnings(ImportContext context, Sentence run) {
        if (belowResolution > 0) {
            context.warn(ofRun(run, Sentence.of("ingest.structured.warning.below-resolution", String.valueOf(belowResolution))));
        }
        if (outOfOrder > 0) {
            context.warn(ofRun(run, Sentence.of("ingest.structured.warning.out-of-order", String.valueOf(outOfOrder),
                    String.valueOf(firstOutOfOrderLine))));
        }
        if (seriesDropped) {
            context.warn(ofRun(run, Sentence.of("ingest.structured.warning.series-dropped",
                    String.valueOf(MAX_SERIES_SECONDS / 86_400))));
        }
        if (untimed > 0 && untimed < requests) {
            context.warn(ofRun(run, Sentence.of("ingest.structured.warning.untimed", String.valueOf(untimed),
                    String.valueOf(requests))));
        }
    }

    /** A warning about one run of several, led by what the run is ("label 'GET /'": …); as it is without one. */
    static Sentence ofRun(Sentence run, Sentence warning) {
        return run == null ? warning : Sentence.of("ingest.structured.run-warning", run, warning);
    }

    /**
     * Fills the builder with what the samples give (call once, after the last sample). Duration is from
     * the first request's start to the last request's end; throughput is requests over that duration.
     */
    public RunDataBuilder fill(RunDataBuilder run) {
        run.requests(requests).errors(errors).latencyOrigin(LatencyOrigin.HDR_HISTOGRAM).histogram(histogram);
        if (requests > 0) {
            run.meanMs(shift + shiftedSum / requests).minMs(minMs).maxMs(maxMs);
            if (requests > 1) {
                double variance = (shiftedSquares - shiftedSum * shiftedSum / requests) / (requests - 1);
                run.stdevMs(Math.sqrt(Math.max(0, variance)));
            }
            for (double p : PERCENTILES) {
                run.percentile(p, histogram.getValueAtPercentile(p) / 1000.0, LatencyOrigin.HDR_HISTOGRAM);
            }
        }
        for (int code = 0; code < statusCounts.length; code++) {
            if (statusCounts[code] > 0) run.statusCode(code, statusCounts[code]);
        }
        Double seconds = durationSeconds();
        if (seconds != null) run.durationSeconds(seconds).throughputRps(requests / seconds);
        for (int slot = 0; slot < SLOTS; slot++) flushSlot(slot);
        if (!perSecond.isEmpty()) {
            List<SecondBucket> buckets = new ArrayList<>();
            for (SecondBucket b : perSecond.buckets()) {
                buckets.add(new SecondBucket(b.second() - minSecond, b.requests(), b.errors(), b.meanMs(), b.maxMs()));
            }
            run.perSecond(buckets);
        }
        return run;
    }
}
