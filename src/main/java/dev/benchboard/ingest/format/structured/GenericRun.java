package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One run of the generic formats (CSV row or JSON run object): {@code candidate, run, concurrency,
 * duration_s, requests, errors, rps, mean_ms, p50_ms, p90_ms, p99_ms, p999_ms, max_ms, rss_mb,
 * cpu_pct} (also {@code min_ms}, {@code stdev_ms} and any {@code pNN_ms}). All optional except the
 * throughput ({@code rps}, or {@code requests} and {@code duration_s}) and at least one latency
 * figure. Every figure is as reported by whoever wrote the file.
 */
final class GenericRun {

    static final Sentence LATENCY_FIGURES = Sentence.of("ingest.structured.generic.expected.latency-figures");
    static final Sentence THROUGHPUT = Sentence.of("ingest.structured.generic.expected.throughput");
    private static final Sentence NONE_IN_ROW = Sentence.of("ingest.structured.found.none-in-row");
    private static final double RPS_TOLERANCE = 0.01;
    /** At most 8 digits (p99999999 = 99.999999), or a written decimal point with at most 6 decimals. */
    private static final Pattern PERCENTILE_DIGITS = Pattern.compile("\\d{1,8}|\\d{1,3}\\.\\d{1,6}");

    /** The fields of one run: raw text by lower-case name (null when absent or blank), and their lines. */
    interface Source {
        String text(String name);
        long line(String name);
        Set<String> names();
    }

    private GenericRun() {
    }

    /** True when the names can make a run: a throughput and a latency figure. */
    static boolean hasRequiredNames(Set<String> names) {
        boolean throughput = names.contains("rps") || (names.contains("requests") && names.contains("duration_s"));
        return throughput && names.stream().anyMatch(GenericRun::isLatencyName);
    }

    static boolean isLatencyName(String name) {
        return name.equals("mean_ms") || name.equals("min_ms") || name.equals("max_ms") || percentileOf(name) != null;
    }

    /**
     * {@code p50_ms} → 50, {@code p999_ms} → 99.9, {@code p9999_ms} → 99.99, {@code p99.9_ms} → 99.9,
     * {@code p100_ms} → 100; null for other names. Digits after the first two are decimals. More
     * digits than a percentile can meaningfully have ({@code p9223372036854775807_ms}) make no
     * percentile: a double would round them to some other rank (92.23…, or 100 for a run of nines).
     */
    static Double percentileOf(String name) {
        if (!name.startsWith("p") || !name.endsWith("_ms") || name.length() < 5) return null;
        String digits = name.substring(1, name.length() - 3);
        if (!PERCENTILE_DIGITS.matcher(digits).matches()) return null;
        double p;
        if (digits.indexOf('.') >= 0 || digits.length() <= 2 || digits.equals("100")) {
            p = FastDecimal.parse(digits);
        } else {
            p = FastDecimal.parse(digits.substring(0, 2) + "." + digits.substring(2));
        }
        return p > 0 && p <= 100 ? p : null;
    }

    /**
     * The run, or a {@link RowException} for the first field that is not usable.
     *
     * @param defaultLabel used when the source has no {@code run} value
     * @param inherited    settings from around the run (JSON's enclosing candidate object, with its
     *                     {@code candidate}); the run's own {@code candidate} wins
     */
    static RunData build(Source f, String defaultLabel, Map<String, String> inherited, ImportContext context)
            throws RowException {
        RunDataBuilder run = RunData.builder().latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true);
        run.settings(inherited);
        String label = f.text("run");
        run.label(label != null ? label : defaultLabel);
        run.setting("candidate", f.text("candidate"));

        Long requests = f.text("requests") == null ? null : Fields.count(f.text("requests"), f.line("requests"), "requests");
        Long errors = f.text("errors") == null ? null : Fields.count(f.text("errors"), f.line("errors"), "errors");
        if (errors != null && requests != null && errors > requests) {
            throw new RowException(f.line("errors"), "errors",
                    Sentence.of("ingest.structured.generic.expected.errors", String.valueOf(requests)), String.valueOf(errors));
        }
        Double duration = number(f, "duration_s");
        if (duration != null && duration == 0) {
            throw new RowException(f.line("duration_s"), "duration_s", Sentence.of("ingest.structured.generic.expected.duration"), "0");
        }
        Double rps = number(f, "rps");
        Double derived = requests != null && duration != null ? requests / duration : null;
        if (rps == null && derived == null) throw new RowException(lineOf(f), null, THROUGHPUT, NONE_IN_ROW);
        if (rps != null && derived != null && Math.abs(rps - derived) > RPS_TOLERANCE * Math.max(rps, derived)) {
            context.warn(Sentence.of("ingest.structured.generic.warning.rps", String.valueOf(f.line("rps")), String.valueOf(rps),
                    String.format(Locale.ROOT, "%.3f", derived)));
        }
        run.requests(requests).errors(errors).durationSeconds(duration).throughputRps(rps != null ? rps : derived);
        run.concurrency(number(f, "concurrency"));

        int latencies = 0;
        Double mean = latency(f, "mean_ms");
        Double min = latency(f, "min_ms");
        Double max = latency(f, "max_ms");
        run.meanMs(mean).minMs(min).maxMs(max).stdevMs(latency(f, "stdev_ms"));
        latencies += (mean != null ? 1 : 0) + (min != null ? 1 : 0) + (max != null ? 1 : 0);
        List<double[]> percentiles = new ArrayList<>();
        for (String name : f.names()) {
            Double p = percentileOf(name);
            Double ms = p == null ? null : latency(f, name);
            if (ms == null) continue;
            percentiles.add(new double[] {p, ms});
            latencies++;
        }
        if (latencies == 0) throw new RowException(lineOf(f), null, LATENCY_FIGURES, NONE_IN_ROW);
        percentiles.sort((a, b) -> Double.compare(a[0], b[0]));
        for (double[] p : percentiles) run.percentile(p[0], p[1], LatencyOrigin.REPORTED);
        checkOrder(f, percentiles, min, mean, max, context);

        Double rss = number(f, "rss_mb");
        Double cpu = number(f, "cpu_pct");
        if (rss != null) run.metric("rss_mb", rss);
        if (cpu != null) run.metric("cpu_pct", cpu);
        return run.build();
    }

    /**
     * The run with settings from around it that became known after it was built (a JSON candidate
     * object's fields written after its runs); the run's own settings win.
     */
    static RunData withInherited(RunData run, Map<String, String> inherited) {
        Map<String, String> settings = new LinkedHashMap<>(inherited);
        settings.putAll(run.settings());
        return new RunData(run.label(), settings, run.requests(), run.errors(), run.durationSeconds(),
                run.throughputRps(), run.concurrency(), run.meanMs(), run.minMs(), run.maxMs(), run.stdevMs(),
                run.histogram(), run.percentiles(), run.latencyOrigin(), run.coordinatedOmission(),
                run.statusCodes(), run.metrics(), run.perSecond());
    }

    /** Figures that disagree (percentiles falling as the rank rises, min above max …) are kept as reported, with a warning. */
    private static void checkOrder(Source f, List<double[]> percentiles, Double min, Double mean, Double max,
                                   ImportContext context) {
        if ((min != null && max != null && min > max) || (mean != null && min != null && mean < min)
                || (mean != null && max != null && mean > max)) {
            context.warn(Sentence.of("ingest.structured.generic.warning.min-mean-max", String.valueOf(lineOf(f)),
                    String.valueOf(min), String.valueOf(mean), String.valueOf(max)));
        }
        if (min != null && !percentiles.isEmpty() && percentiles.getFirst()[1] < min) {
            context.warn(Sentence.of("ingest.structured.generic.warning.min-above", String.valueOf(lineOf(f)), String.valueOf(min)));
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] p : percentiles) {
            if (p[1] < previous) {
                context.warn(Sentence.of("ingest.structured.generic.warning.percentiles-decrease", String.valueOf(lineOf(f)),
                        fmt(p[0]), String.valueOf(p[1])));
                return;
            }
            previous = p[1];
        }
        if (max != null && max < previous) {
            context.warn(Sentence.of("ingest.structured.generic.warning.max-below", String.valueOf(lineOf(f)), String.valueOf(max)));
        }
    }

    private static Double number(Source f, String name) throws RowException {
        String text = f.text(name);
        return text == null ? null : Fields.nonNegative(text, f.line(name), name);
    }

    private static Double latency(Source f, String name) throws RowException {
        String text = f.text(name);
        return text == null ? null : Fields.latencyMs(text, 1, f.line(name), name);
    }

    private static long lineOf(Source f) {
        return f.line("run");
    }

    private static String fmt(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
