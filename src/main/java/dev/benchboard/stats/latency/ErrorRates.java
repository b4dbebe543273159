package dev.benchboard.stats.latency;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Error rates with an interval that fits how the errors fell.
 *
 * <p>The Wilson score interval — which, unlike the normal (Wald) interval, stays inside [0, 1] and
 * keeps its coverage when errors are rare or absent — assumes every request fails independently with
 * the same probability. When errors cluster in time (all inside an outage) that is false and Wilson is
 * far too narrow: 224 errors in 3,185 requests, all inside two short outages, are not 3,185 independent
 * trials but two events. So the errors' spread is checked first, over time blocks (the run's per-second
 * series) or over runs: Pearson's χ² test of homogeneity of the error share across the k units (the
 * 2 × k table; scipy chi2_contingency). When it rejects at α, the interval is a Student-t interval over
 * the units for the ratio estimator Σe / Σn (linearised standard error
 * √(Σ(eᵢ − r·nᵢ)² / (k(k − 1))) / n̄, t with k − 1 df), clamped to [0, 1] — it treats the blocks, not
 * the requests, as independent. Otherwise, and when there is nothing to check, Wilson.
 */
public final class ErrorRates {

    private ErrorRates() {
    }

    /**
     * The error rate of {@code errors} in {@code requests} with the interval the units call for.
     *
     * @param units        requests and errors per time block (or per run); may be empty
     * @param basis        {@link ErrorRateEstimate#TIME_BLOCKS} or {@link ErrorRateEstimate#RUNS}: what a unit is
     * @param blockSeconds the length of a time block, null for runs
     * @param confidence   e.g. 0.95; the χ² test uses α = 1 − confidence
     */
    public static ErrorRateEstimate of(long errors, long requests, List<ErrorCount> units, String basis, Double blockSeconds,
                                       double confidence) {
        ErrorRateEstimate wilson = wilson(errors, requests, confidence);
        List<ErrorCount> used = units.stream().filter(u -> u.requests() > 0).toList();
        int k = used.size();
        Sentence unitWords = unitWords(basis, blockSeconds, k);
        if (k < 2 || errors == 0 || errors == requests) {
            Sentence why = Sentence.of(k < 2 ? "latency.error-rate.nothing-to-check"
                    : (errors == 0 ? "latency.error-rate.no-errors" : "latency.error-rate.all-failed"));
            return new ErrorRateEstimate(errors, requests, wilson.rate(), wilson.interval(),
                    Sentence.of("joined.semicolon", wilson.method(), why), ErrorRateEstimate.REQUESTS, k, null, null, null);
        }
        // The test and the spread use the units' own totals (equal to the run's when every request has a timestamp).
        long unitErrors = used.stream().mapToLong(ErrorCount::errors).sum();
        long unitRequests = used.stream().mapToLong(ErrorCount::requests).sum();
        if (unitErrors == 0 || unitErrors == unitRequests) {
            return new ErrorRateEstimate(errors, requests, wilson.rate(), wilson.interval(), Sentence.of("joined.semicolon",
                    wilson.method(), Sentence.of("latency.error-rate.units-uniform", unitWords)), ErrorRateEstimate.REQUESTS, k,
                    null, null, null);
        }
        double p = (double) unitErrors / unitRequests;
        double chiSquare = 0;
        for (ErrorCount u : used) {
            double expected = u.requests() * p;
            chiSquare += (u.errors() - expected) * (u.errors() - expected) / (expected * (1 - p));
        }
        double dispersionP = 1 - Quantiles.chiSquaredCdf(chiSquare, k - 1);
        Sentence test = Sentence.of("latency.error-rate.homogeneity-test", unitWords, Figures.precise(chiSquare),
                String.valueOf(k - 1), (Figures.pValue(dispersionP).startsWith("<") ? "" : "= ") + Figures.pValue(dispersionP));
        if (dispersionP >= 1 - confidence) {
            return new ErrorRateEstimate(errors, requests, wilson.rate(), wilson.interval(),
                    Sentence.of("joined.semicolon", wilson.method(), Sentence.of("latency.error-rate.spread-out", test)),
                    ErrorRateEstimate.REQUESTS, k, null, chiSquare, dispersionP);
        }
        double meanRequests = (double) unitRequests / k;
        double sumSquares = 0;
        for (ErrorCount u : used) {
            double residual = u.errors() - p * u.requests();
            sumSquares += residual * residual;
        }
        double standardError = Math.sqrt(sumSquares / ((double) k * (k - 1))) / meanRequests;
        double t = Quantiles.studentT(1 - (1 - confidence) / 2, k - 1);
        Sentence method = Sentence.of("latency.error-rate.clustered", test, unitWords, String.valueOf(1 - (1 - confidence) / 2),
                String.valueOf(k - 1), Figures.precise(wilson.interval().lower()), Figures.precise(wilson.interval().upper()));
        double rate = (double) errors / requests;
        Interval interval = new Interval(Math.max(0, rate - t * standardError), Math.min(1, rate + t * standardError), confidence, method);
        return new ErrorRateEstimate(errors, requests, rate, interval, method, basis, k, blockSeconds, chiSquare, dispersionP);
    }

    private static Sentence unitWords(String basis, Double blockSeconds, int k) {
        if (ErrorRateEstimate.TIME_BLOCKS.equals(basis)) {
            return Sentence.of("latency.error-rate.time-blocks", String.valueOf(k), blockSeconds == null ? "?" : trim(blockSeconds));
        }
        return Sentence.of("latency.error-rate.runs", String.valueOf(k));
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    public static ErrorRateEstimate wilson(long errors, long requests, double confidence) {
        if (requests <= 0) {
            throw new IllegalArgumentException("no requests: the error rate is undefined");
        }
        if (errors < 0 || errors > requests) {
            throw new IllegalArgumentException("errors must lie in 0.." + requests + ": " + errors);
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = requests;
        double x = errors;
        double z2 = z * z;
        double centre = (x + z2 / 2) / (n + z2);
        double halfWidth = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
        double lower = Math.max(0, centre - halfWidth);
        double upper = Math.min(1, centre + halfWidth);
        Sentence wilson = Sentence.of("latency.error-rate.wilson", String.valueOf(1 - (1 - confidence) / 2));
        return new ErrorRateEstimate(errors, requests, x / n, new Interval(lower, upper, confidence, wilson),
                Sentence.of("latency.error-rate.ratio", wilson), ErrorRateEstimate.REQUESTS, 0, null, null, null);
    }
}
