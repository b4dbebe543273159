package dev.benchboard.stats;

import dev.benchboard.evidence.Latencies;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/** Reproducible log-normal latency samples for tests (Box–Muller over a seeded SplittableRandom). */
public final class SyntheticLatencies {

    private SyntheticLatencies() {
    }

    /** {@code samples} latencies in µs with the given median and log-scale σ, at least 1 µs. */
    public static long[] logNormalMicrosValues(int samples, long seed, double medianMicros, double sigma) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[samples];
        for (int i = 0; i < samples; i++) {
            double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            values[i] = Math.max(1, Math.round(medianMicros * Math.exp(sigma * gaussian)));
        }
        return values;
    }

    public static Histogram logNormalMicros(int samples, long seed, double medianMicros, double sigma) {
        Histogram histogram = Latencies.newHistogram();
        for (long value : logNormalMicrosValues(samples, seed, medianMicros, sigma)) {
            histogram.recordValue(value);
        }
        return histogram;
    }
}
