package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text report of wrk and of wrk2 (same layout, wrk2 adds thread calibration lines, an
 * HdrHistogram latency distribution with a "Detailed Percentile spectrum" and a separator line).
 * One parser serves both importers because the content, not the chosen format, decides what the
 * numbers mean: a report with wrk2's markers was measured from the planned send time (open loop, no
 * coordinated omission) and its percentiles come from an HdrHistogram; a report without them is
 * plain wrk 4.x, closed-loop, with reported percentiles that wrk has already corrected for
 * coordinated omission ({@code stats_correct}: synthetic samples at the expected interval).
 *
 * <p>Several reports in one capture (one {@code Running} line each) give one run each. Lines that
 * are not wrk's (application logs merged into the capture, Lua script output) are skipped and
 * counted. wrk prints the {@code Socket errors} and {@code Non-2xx or 3xx responses} lines only when
 * the counts are non-zero, so their absence means zero. wrk counts as "Non-2xx or 3xx" every status
 * above 399 (src/wrk.c response_complete).
 */
final class WrkReportParser {

    private static final Pattern RUNNING = Pattern.compile("Running (\\S+) test @ (.+)");
    private static final Pattern THREADS = Pattern.compile("(\\S+) threads and (\\S+) connections");
    private static final Pattern CALIBRATION = Pattern.compile("Thread calibration: mean lat\\.: .*, rate sampling interval: .*");
    private static final Pattern STATS_HEADER = Pattern.compile("Thread Stats\\s+Avg\\s+Stdev\\s+Max\\s+\\+/- Stdev");
    private static final Pattern STATS_ROW = Pattern.compile("(Latency|Req/Sec)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)%");
    private static final Pattern DISTRIBUTION = Pattern.compile("Latency Distribution(?: \\(HdrHistogram - (.+)\\))?");
    private static final Pattern DISTRIBUTION_ROW = Pattern.compile("(\\S+)%\\s+(\\S+)");
    private static final Pattern SPECTRUM = Pattern.compile("Detailed Percentile spectrum:");
    private static final Pattern SEPARATOR = Pattern.compile("-{20,}");
    private static final Pattern REQUESTS = Pattern.compile("(\\S+) requests in (\\S+), (\\S+) read");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\S+), read (\\S+), write (\\S+), timeout (\\S+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\S+)");
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+(\\S+)");
    private static final Pattern TRANSFER = Pattern.compile("Transfer/sec:\\s+(\\S+)");

    /** Metric name of requests / printed run time, the cross-check of the printed Requests/sec. */
    static final String RECOMPUTED_THROUGHPUT = "throughput_recomputed_rps";

    private enum Block { NONE, DISTRIBUTION, SPECTRUM, UNCORRECTED_DISTRIBUTION, UNCORRECTED_SPECTRUM }

    private final String format;
    private final boolean expectWrk2;
    private final ImportContext context;
    private final ValueCheck check;
    private final List<Run> runs = new ArrayList<>();
    private Run run;
    private StatedLoad load;

    WrkReportParser(String format, boolean expectWrk2, ImportContext context) {
        this.format = format;
        this.expectWrk2 = expectWrk2;
        this.context = context;
        this.check = new ValueCheck(context);
    }

    ImportResult parse(TextSource source) throws IOException, ImportException {
        load = StatedLoad.read(context, format);
        CliLines lines = new CliLines(source.lines(format), context);
        for (String text; (text = lines.next()) != null; ) {
            String line = text.strip();
            if (line.isEmpty()) continue;
            if (!take(line, lines.lineNumber())) context.skip(format, lines.lineNumber());
        }
        if (runs.isEmpty()) {
            throw ImportException.at(format, 1, Sentence.of("ingest.wrk.report-expected"),
                    Sentence.of("ingest.wrk.no-report-lines"));
        }
        for (Run r : runs) refuseCutOff(r);
        List<RunData> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            context.accept(format, r.firstLine);
            out.add(ReportedLatency.agreeing(r.build(runs.size() == 1 ? null : "run " + (i + 1)), r.firstLine, context));
        }
        return ImportResult.ofRuns(out);
    }

    /**
     * A report without its "N requests in T, B read" line is a capture cut off before wrk printed its summary
     * (wrk prints it once the test ends, after the latency lines): the request count, run time and socket
     * errors are unknown, so storing it would show "Errors 0" for errors that were never printed. Refused.
     */
    private void refuseCutOff(Run r) throws ImportException {
        if (r.requests != null) return;
        long at = r.lastLine;
        throw ImportException.at(format, at, Sentence.of("ingest.wrk.summary-expected", String.valueOf(r.firstLine)),
                Sentence.of(runs.size() == 1 ? "ingest.wrk.cut-off-file" : "ingest.wrk.cut-off-report", String.valueOf(at)));
    }

    /** Handles one wrk line; false when the line is not wrk's. */
    private boolean take(String line, long n) {
        boolean taken = takeLine(line, n);
        if (taken && run != null) run.lastLine = n;
        return taken;
    }

    private boolean takeLine(String line, long n) {
        Matcher m;
        if ((m = RUNNING.matcher(line)).matches()) {
            run = new Run(n);
            runs.add(run);
            run.durationSetting = m.group(1);
            run.url = m.group(2).strip();
            if (Double.isNaN(WrkUnits.seconds(run.durationSetting))) {
                check.reject(n, "test duration", Sentence.of("ingest.wrk.duration"), run.durationSetting);
            }
            return true;
        }
        if (run != null && (run.block == Block.SPECTRUM || run.block == Block.UNCORRECTED_SPECTRUM)) {
            HdrPercentileTable table = run.block == Block.SPECTRUM ? run.spectrum : run.uncorrectedSpectrum;
            if (table.offer(line, n)) return true;
            run.block = Block.NONE;
        }
        if ((m = THREADS.matcher(line)).matches()) {
            Run r = current(n);
            r.threads = check.count(m.group(1), n, "threads");
            r.connections = check.count(m.group(2), n, "connections");
            if (r.threads != null && r.threads == 0) check.reject(n, "threads", Sentence.of("ingest.wrk.threads"), m.group(1));
            return true;
        }
        if (CALIBRATION.matcher(line).matches()) {
            current(n).wrk2Marker(n);
            return true;
        }
        if (STATS_HEADER.matcher(line).matches()) {
            current(n);
            return true;
        }
        if ((m = DISTRIBUTION.matcher(line)).matches()) {
            Run r = current(n);
            String description = m.group(1);
            if (description != null) r.wrk2Marker(n);
            r.block = description != null && description.startsWith("Uncorrected") ? Block.UNCORRECTED_DISTRIBUTION : Block.DISTRIBUTION;
            return true;
        }
        if ((m = STATS_ROW.matcher(line)).matches()) {
            statsRow(current(n), m, n);
            return true;
        }
        if (run != null && (run.block == Block.DISTRIBUTION || run.block == Block.UNCORRECTED_DISTRIBUTION)
                && (m = DISTRIBUTION_ROW.matcher(line)).matches()) {
            Double p = check.percent(FastDecimal.parse(m.group(1)), n, "latency distribution percentile", m.group(1) + "%");
            Double ms = check.latencyMs(WrkUnits.millis(m.group(2)), n, "latency at " + m.group(1) + "%", m.group(2));
            if (p != null && ms != null) {
                (run.block == Block.DISTRIBUTION ? run.distribution : run.uncorrectedDistribution).add(new double[] {p, ms});
            }
            return true;
        }
        if (SPECTRUM.matcher(line).matches()) {
            Run r = current(n);
            r.wrk2Marker(n);
            r.block = r.block == Block.UNCORRECTED_DISTRIBUTION ? Block.UNCORRECTED_SPECTRUM : Block.SPECTRUM;
            return true;
        }
        if (SEPARATOR.matcher(line).matches() && run != null) {
            run.block = Block.NONE;
            return true;
        }
        if ((m = REQUESTS.matcher(line)).matches()) {
            Run r = current(n);
            r.block = Block.NONE;
            r.requests = check.count(m.group(1), n, "requests");
            r.durationSeconds = check.nonNegative(WrkUnits.seconds(m.group(2)), n, "run time", "a time such as 10.01s", m.group(2));
            r.readBytes = check.nonNegative(WrkUnits.bytes(m.group(3)), n, "bytes read", "a size such as 21.44MB", m.group(3));
            return true;
        }
        if ((m = SOCKET.matcher(line)).matches()) {
            Run r = current(n);
            r.socketConnect = check.count(m.group(1), n, "socket errors connect");
            r.socketRead = check.count(m.group(2), n, "socket errors read");
            r.socketWrite = check.count(m.group(3), n, "socket errors write");
            r.socketTimeout = check.count(m.group(4), n, "socket errors timeout");
            return true;
        }
        if ((m = NON_2XX.matcher(line)).matches()) {
            current(n).non2xx = check.count(m.group(1), n, "Non-2xx or 3xx responses");
            return true;
        }
        if ((m = RPS.matcher(line)).matches()) {
            current(n).rps = check.nonNegative(WrkUnits.count(m.group(1)), n, "Requests/sec", "a non-negative rate", m.group(1));
            return true;
        }
        if ((m = TRANSFER.matcher(line)).matches()) {
            current(n).transferBytesPerSecond = check.nonNegative(WrkUnits.bytes(m.group(1)), n, "Transfer/sec",
                    "a size per second such as 4.29MB", m.group(1));
            return true;
        }
        return false;
    }

    private void statsRow(Run r, Matcher m, long n) {
        boolean latency = m.group(1).equals("Latency");
        String label = m.group(1) + " ";
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            String token = m.group(i + 2);
            String field = label + new String[] {"Avg", "Stdev", "Max"}[i];
            Double v = latency
                    ? check.latencyMs(WrkUnits.millis(token), n, field, token)
                    : check.nonNegative(WrkUnits.count(token), n, field, "a non-negative rate such as 24.11k", token);
            values[i] = v == null ? Double.NaN : v;
        }
        Double within = check.percent(FastDecimal.parse(m.group(5)), n, label + "+/- Stdev", m.group(5) + "%");
        if (latency) {
            r.latencyStats = values;
            r.latencyWithin = within;
        } else {
            r.threadRps = values;
            r.threadRpsWithin = within;
        }
    }

    /** The run a figure belongs to; a figure before any Running line starts one (capture lost its head). */
    private Run current(long n) {
        if (run == null) {
            run = new Run(n);
            runs.add(run);
            context.warn(Sentence.of("ingest.wrk.no-running-line", String.valueOf(n)));
        }
        return run;
    }

    private final class Run {
        final long firstLine;
        /** The last line of wrk's read for this report: where a cut-off report ends. */
        long lastLine;
        Block block = Block.NONE;
        String url;
        String durationSetting;
        Long threads;
        Long connections;
        double[] latencyStats;
        Double latencyWithin;
        double[] threadRps;
        Double threadRpsWithin;
        final List<double[]> distribution = new ArrayList<>();
        final List<double[]> uncorrectedDistribution = new ArrayList<>();
        final HdrPercentileTable spectrum = new HdrPercentileTable(context, v -> v, "ms");
        final HdrPercentileTable uncorrectedSpectrum = new HdrPercentileTable(context, v -> v, "ms");
        Long requests;
        Double durationSeconds;
        Double readBytes;
        Long socketConnect;
        Long socketRead;
        Long socketWrite;
        Long socketTimeout;
        Long non2xx;
        Double rps;
        Double transferBytesPerSecond;
        boolean wrk2;

        Run(long firstLine) {
            this.firstLine = firstLine;
            this.lastLine = firstLine;
        }

        void wrk2Marker(long n) {
            if (!wrk2 && !expectWrk2) {
                context.warn(Sentence.of("ingest.wrk.is-wrk2", String.valueOf(n)));
            }
            wrk2 = true;
        }

        RunData build(String label) {
            if (expectWrk2 && !wrk2) {
                context.warn(Sentence.of("ingest.wrk.not-wrk2", String.valueOf(firstLine)));
            }
            RunDataBuilder b = RunData.builder().label(label);
            setting(b, "url", url);
            setting(b, "duration", durationSetting);
            setting(b, "threads", threads == null ? null : threads.toString());
            setting(b, "connections", connections == null ? null : connections.toString());
            // wrk prints its connections; wrk2 does not print its -R rate, so that comes from the upload.
            load.apply(b, connections == null ? null : connections.doubleValue(), wrk2 ? "wrk2" : "wrk", context);
            // Throughput is the Requests/sec wrk printed (completed requests over the exact run time in µs);
            // requests / the run time printed to 10 ms ("in 3.01s") is kept only as a cross-check.
            b.requests(requests).durationSeconds(durationSeconds).throughputRps(rps);
            if (requests != null && durationSeconds != null && durationSeconds > 0) {
                b.metric(RECOMPUTED_THROUGHPUT, requests / durationSeconds);
            }
            long errors = sum(non2xx, socketConnect, socketRead, socketWrite, socketTimeout);
            b.errors(errors);
            if (latencyStats != null) {
                b.meanMs(finite(latencyStats[0])).stdevMs(finite(latencyStats[1])).maxMs(finite(latencyStats[2]));
            }
            if (spectrum.meanMs != null) b.meanMs(spectrum.meanMs);
            if (spectrum.stdevMs != null) b.stdevMs(spectrum.stdevMs);
            if (spectrum.maxMs != null) b.maxMs(spectrum.maxMs);
            LatencyOrigin origin = wrk2 ? LatencyOrigin.HDR_HISTOGRAM : LatencyOrigin.REPORTED;
            b.latencyOrigin(origin).coordinatedOmission(!wrk2);
            if (!spectrum.isEmpty()) {
                for (Percentile p : spectrum.percentiles()) b.percentile(p.percentile(), p.valueMs(), p.origin());
            } else {
                for (double[] p : distribution) b.percentile(p[0], p[1], origin);
            }
            for (double[] p : uncorrectedDistribution) b.metric("uncorrected_p" + trim(p[0]) + "_ms", p[1]);
            metric(b, "read_bytes", readBytes);
            metric(b, "transfer_bytes_per_s", transferBytesPerSecond);
            metric(b, "latency_within_stdev_pct", latencyWithin);
            if (threadRps != null) {
                metric(b, "thread_rps_mean", finite(threadRps[0]));
                metric(b, "thread_rps_stdev", finite(threadRps[1]));
                metric(b, "thread_rps_max", finite(threadRps[2]));
            }
            metric(b, "thread_rps_within_stdev_pct", threadRpsWithin);
            metric(b, "non_2xx_3xx_responses", non2xx == null ? 0.0 : non2xx);
            metric(b, "socket_errors_connect", socketConnect == null ? 0.0 : socketConnect);
            metric(b, "socket_errors_read", socketRead == null ? 0.0 : socketRead);
            metric(b, "socket_errors_write", socketWrite == null ? 0.0 : socketWrite);
            metric(b, "socket_errors_timeout", socketTimeout == null ? 0.0 : socketTimeout);
            if (wrk2 && rps != null && load.rate() != null && rps < 0.9 * load.rate()) {
                context.warn(Sentence.of("ingest.wrk.rate-not-reached", String.valueOf(rps), StatedLoad.plain(load.rate())));
            }
            return b.build();
        }

        private void setting(RunDataBuilder b, String key, String value) {
            b.setting(key, value);
            context.setting(key, value);
        }
    }

    private static void metric(RunDataBuilder b, String name, Double value) {
        if (value != null) b.metric(name, value);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static long sum(Long... values) {
        long s = 0;
        for (Long v : values) if (v != null) s += v;
        return s;
    }

    private static String trim(double percentile) {
        String s = Double.toString(percentile);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
