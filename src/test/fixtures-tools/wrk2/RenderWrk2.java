import java.io.BufferedReader;
import java.io.FileReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Renders ratedload's raw samples in wrk2's --latency text layout, for Benchboard's wrk2 fixture.
 * wrk2 is not packaged in Debian and cannot be built offline here, so this reproduces its report
 * code: the format strings are transcribed from giltene/wrk2 src/wrk.c (main, print_stats_header,
 * print_units, print_stats, print_hdr_latency), src/units.c (format_units and its unit tables) and
 * src/hdr_histogram.c (hdr_percentiles_print CLASSIC, hdr_value_at_percentile, hdr_max). The
 * HdrHistogram percentile iteration is the Java library's, the same algorithm as the C one.
 * The output is therefore wrk2's format over real measurements, but it was NOT printed by wrk2.
 *
 * Like wrk2, the first samples of each thread are a calibration period that is not recorded (wrk2
 * calibrates for 10 s; here CALIBRATION_US), and latency is measured from the planned send time.
 *
 * Usage: java -cp HdrHistogram-2.2.2.jar RenderWrk2.java samples.txt
 */
public class RenderWrk2 {

    static final long CALIBRATION_US = 1_000_000;

    record Units(int scale, String base, String[] units) { }

    static final Units TIME_US = new Units(1000, "us", new String[] {"ms", "s", null});
    static final Units TIME_S = new Units(60, "s", new String[] {"m", "h", null});
    static final Units BINARY = new Units(1024, "", new String[] {"K", "M", "G", "T", "P", null});
    static final Units METRIC = new Units(1000, "", new String[] {"k", "M", "G", "T", "P", null});

    static String formatUnits(double n, Units m, int p) {
        double amt = n;
        String unit = m.base;
        double scale = m.scale * 0.85;
        for (int i = 0; m.units[i + 1] != null && amt >= scale; i++) {
            amt /= m.scale;
            unit = m.units[i];
        }
        return String.format(Locale.ROOT, "%." + p + "f%s", amt, unit);
    }

    static String formatTimeUs(double n) {
        return n >= 1_000_000.0 ? formatUnits(n / 1_000_000.0, TIME_S, 2) : formatUnits(n, TIME_US, 2);
    }

    static String formatMetric(double n) { return formatUnits(n, METRIC, 2); }

    static String formatBinary(double n) { return formatUnits(n, BINARY, 2); }

    interface Fmt { String apply(double n); }

    static String printUnits(double n, Fmt fmt, int width) {
        String msg = fmt.apply(n);
        int len = msg.length(), pad = 2;
        if (Character.isLetter(msg.charAt(len - 1))) pad--;
        if (Character.isLetter(msg.charAt(len - 2))) pad--;
        width -= pad;
        String shown = msg.length() > width ? msg.substring(0, width) : msg;
        return String.format(Locale.ROOT, "%" + width + "s", shown) + "  ".substring(0, pad);
    }

    static String statsRow(String name, double mean, double stdev, double max, double within, Fmt fmt) {
        return String.format(Locale.ROOT, "    %-10s", name) + printUnits(mean, fmt, 8) + printUnits(stdev, fmt, 10)
                + printUnits(max, fmt, 9) + String.format(Locale.ROOT, "%8.2f%%", within);
    }

    /** hdr_value_at_percentile of wrk2's bundled C HdrHistogram. */
    static long valueAtPercentile(Histogram h, double percentile) {
        double requested = Math.min(percentile, 100.0);
        long countAt = Math.max(1, (long) (((requested / 100) * h.getTotalCount()) + 0.5));
        long total = 0;
        for (HistogramIterationValue v : h.allValues()) {
            total += v.getCountAtValueIteratedTo();
            if (total >= countAt) return h.highestEquivalentValue(v.getValueIteratedTo());
        }
        return 0;
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        int threads = 0, connections = 0;
        long durationS = 0, bytes = 0, runtimeUs = 0;
        List<long[]> samples = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new FileReader(args[0]))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    for (String kv : line.substring(1).trim().split(" ")) {
                        String[] p = kv.split("=", 2);
                        switch (p[0]) {
                            case "url" -> url = p[1];
                            case "threads" -> threads = Integer.parseInt(p[1]);
                            case "connections" -> connections = Integer.parseInt(p[1]);
                            case "duration_s" -> durationS = Long.parseLong(p[1]);
                            case "bytes" -> bytes = Long.parseLong(p[1]);
                            case "runtime_us" -> runtimeUs = Long.parseLong(p[1]);
                            default -> { }
                        }
                    }
                } else if (!line.isBlank()) {
                    String[] f = line.trim().split(" ");
                    samples.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("Running ").append(formatUnits(durationS, TIME_S, 0)).append(" test @ ").append(url).append('\n');
        out.append(String.format(Locale.ROOT, "  %d threads and %d connections%n", threads, connections));

        Histogram latency = new Histogram(1, 24L * 60 * 60 * 1_000_000, 3);
        List<Double> rateSamples = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Histogram calibration = new Histogram(1, 24L * 60 * 60 * 1_000_000, 3);
            List<Long> completions = new ArrayList<>();
            for (long[] s : samples) {
                if (s[0] != t) continue;
                if (s[1] < CALIBRATION_US) calibration.recordValue(Math.max(1, s[2]));
                else {
                    latency.recordValue(Math.max(1, s[2]));
                    completions.add(s[1]);
                }
            }
            // calibrate(): interval = MAX(p90 latency in ms * 2, 10) ms
            long interval = (long) Math.max(valueAtPercentile(calibration, 90.0) / 1000.0 * 2, 10);
            out.append(String.format(Locale.ROOT, "  Thread calibration: mean lat.: %.3fms, rate sampling interval: %dms%n",
                    ((long) calibration.getMean()) / 1000.0, interval));
            // sample_rate(): requests completed per sampling interval, as requests/s
            long intervalUs = interval * 1000;
            long end = runtimeUs;
            for (long from = CALIBRATION_US; from + intervalUs <= end; from += intervalUs) {
                long f = from, to = from + intervalUs;
                long n = completions.stream().filter(c -> c >= f && c < to).count();
                rateSamples.add((double) (long) ((n / (double) interval) * 1000));
            }
        }
        out.append(String.format(Locale.ROOT, "  Thread Stats%6s%11s%8s%12s%n", "Avg", "Stdev", "Max", "+/- Stdev"));
        double mean = latency.getMean();
        double stdev = latency.getStdDeviation();
        long within = 0;
        for (HistogramIterationValue v : latency.recordedValues()) {
            double value = latency.medianEquivalentValue(v.getValueIteratedTo());
            if (value >= mean - stdev && value <= mean + stdev) within += v.getCountAtValueIteratedTo();
        }
        double latencyMax = latency.lowestEquivalentValue(latency.getMaxValue());   // hdr_max
        out.append(statsRow("Latency", mean, stdev, latencyMax, 100.0 * within / latency.getTotalCount(), RenderWrk2::formatTimeUs)).append('\n');
        double rMean = rateSamples.stream().mapToDouble(d -> d).average().orElse(0);
        double rVar = rateSamples.stream().mapToDouble(d -> (d - rMean) * (d - rMean)).sum() / (rateSamples.size() - 1);
        double rStdev = Math.sqrt(rVar);
        double rMax = rateSamples.stream().mapToDouble(d -> d).max().orElse(0);
        long rWithin = rateSamples.stream().filter(d -> d >= rMean - rStdev && d <= rMean + rStdev).count();
        out.append(statsRow("Req/Sec", rMean, rStdev, rMax, 100.0 * rWithin / rateSamples.size(), RenderWrk2::formatMetric)).append('\n');

        out.append("  Latency Distribution (HdrHistogram - Recorded Latency)\n");
        for (double p : new double[] {50.0, 75.0, 90.0, 99.0, 99.9, 99.99, 99.999, 100.0}) {
            out.append(String.format(Locale.ROOT, "%7.3f%%", p)).append(printUnits(valueAtPercentile(latency, p), RenderWrk2::formatTimeUs, 10)).append('\n');
        }
        out.append("\n  Detailed Percentile spectrum:\n");
        out.append(String.format(Locale.ROOT, "%12s %12s %12s %12s%n%n", "Value", "Percentile", "TotalCount", "1/(1-Percentile)"));
        for (HistogramIterationValue v : latency.percentiles(5)) {
            double percentile = v.getPercentileLevelIteratedTo() / 100.0;
            double inverted = 1.0 / (1.0 - percentile);
            String inv = Double.isInfinite(inverted) ? String.format(Locale.ROOT, "%12s", "inf") : String.format(Locale.ROOT, "%12.2f", inverted);
            out.append(String.format(Locale.ROOT, "%12.3f %12f %12d ", v.getValueIteratedTo() / 1000.0, percentile, v.getTotalCountToThisValue())).append(inv).append('\n');
        }
        out.append(String.format(Locale.ROOT, "#[Mean    = %12.3f, StdDeviation   = %12.3f]%n", mean / 1000.0, stdev / 1000.0));
        out.append(String.format(Locale.ROOT, "#[Max     = %12.3f, Total count    = %12d]%n", latencyMax / 1000.0, latency.getTotalCount()));
        // bucket_count / sub_bucket_count as hdr_init computes them for (1, 1 day, 3 digits)
        int subBucketCount = 2048;
        long trackable = (subBucketCount - 1);
        int buckets = 1;
        while (trackable < 24L * 60 * 60 * 1_000_000) { trackable <<= 1; buckets++; }
        out.append(String.format(Locale.ROOT, "#[Buckets = %12d, SubBuckets     = %12d]%n", buckets, subBucketCount));
        out.append("----------------------------------------------------------\n");
        out.append(String.format(Locale.ROOT, "  %d requests in %s, %sB read%n", samples.size(), formatTimeUs(runtimeUs), formatBinary(bytes)));
        double runtimeS = runtimeUs / 1_000_000.0;
        out.append(String.format(Locale.ROOT, "Requests/sec: %9.2f%n", samples.size() / runtimeS));
        out.append(String.format(Locale.ROOT, "Transfer/sec: %10sB%n", formatBinary(bytes / runtimeS)));
        System.out.print(out);
    }
}
