package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * hey's text summary: {@code Summary:} (Total, Slowest, Fastest, Average, Requests/sec, Total data,
 * Size/request), {@code Response time histogram:}, {@code Latency distribution:} (10..99 % "in X
 * secs"), {@code Details (average, fastest, slowest):}, {@code Status code distribution:} and an
 * optional {@code Error distribution:}. Percentiles are hey's own (order statistics of the sorted
 * latencies, printed to 0.1 ms), origin reported; hey is closed-loop, so the coordinated-omission
 * flag is set.
 *
 * <p>requests = all status-code responses + all errors of the error distribution; errors = responses
 * outside 2xx/3xx + those errors. Throughput is hey's printed Requests/sec (which, in current hey,
 * counts errored requests too); requests / Total is kept as {@code throughput_recomputed_rps}. hey
 * prints no concurrency, so runs have one only when the upload states it ({@link StatedLoad}).
 *
 * <p>Details: the columns are assigned in the order the header line names them, read from the
 * header itself, not assumed. hey 0.1.4's template prints the overall fastest and slowest response
 * time in the DNS+dialup row ({@code .Fastest}/{@code .Slowest}, not connection times; later hey prints
 * {@code ConnMax}/{@code ConnMin} there). Where they equal the Summary's they say nothing new and are no
 * connection times, so they are not kept as {@code dns_dialup_fastest/slowest_ms} (only the row's average,
 * a real connection time, is); no warning either, since the user can do nothing about hey's template.
 */
public final class HeyTextImporter implements Importer {

    public static final String FORMAT = "hey";

    private static final Pattern SUMMARY_ROW = Pattern.compile("(Total|Slowest|Fastest|Average|Requests/sec|Total data|Size/request):\\s*(.*)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(\\S+)\\s+\\[(\\S+)]\\s*\\|.*");
    private static final Pattern LATENCY_ROW = Pattern.compile("(\\S+?)%{1,2} in (\\S+) secs");
    private static final Pattern DETAILS_HEADER = Pattern.compile("Details \\(([^)]*)\\):");
    private static final Pattern DETAILS_ROW = Pattern.compile("(DNS\\+dialup|DNS-lookup|req write|resp wait|resp read):\\s*(.*)");
    private static final Pattern STATUS_ROW = Pattern.compile("\\[(\\S+)]\\s+(\\S+) responses");
    private static final Pattern ERROR_ROW = Pattern.compile("\\[(\\S+)]\\s+(.*)");
    private static final Pattern NOTE = Pattern.compile("Note: +Distributions are for first \\d+ results\\.");

    private enum Section { NONE, SUMMARY, HISTOGRAM, LATENCY, DETAILS, STATUS, ERRORS }

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "hey text summary"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        boolean summary = false, rps = false, sections = false, details = false;
        for (String line : CliLines.headLines(head, 400)) {
            if (line.equals("Summary:")) summary = true;
            else if (line.startsWith("Requests/sec:") && summary) rps = true;
            else if (line.equals("Response time histogram:") || line.equals("Latency distribution:")
                    || line.equals("Status code distribution:")) sections = true;
            else if (line.startsWith("Details (")) details = true;
        }
        if (!summary || !rps) return 0;
        return sections || details ? 95 : 60;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        return new Parser(context, StatedLoad.read(context, FORMAT)).parse(source);
    }

    private static final class Parser {
        private final ImportContext context;
        private final ValueCheck check;
        private final List<Report> reports = new ArrayList<>();
        private Report report;
        private Section section = Section.NONE;
        private final StatedLoad load;

        Parser(ImportContext context, StatedLoad load) {
            this.context = context;
            this.load = load;
            this.check = new ValueCheck(context);
        }

        ImportResult parse(TextSource source) throws IOException, ImportException {
            CliLines lines = new CliLines(source.lines(FORMAT), context);
            for (String text; (text = lines.next()) != null; ) {
                String line = text.strip();
                if (line.isEmpty()) continue;
                if (take(line, lines.lineNumber())) {
                    if (report != null) report.lastLine = lines.lineNumber();
                } else {
                    context.skip(FORMAT, lines.lineNumber());
                }
            }
            if (reports.isEmpty()) {
                throw ImportException.at(FORMAT, 1, Sentence.of("ingest.hey.summary-expected"), Sentence.of("ingest.hey.no-summary"));
            }
            for (Report r : reports) refuseCutOff(r);
            List<RunData> runs = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                context.accept(FORMAT, reports.get(i).firstLine);
                Report r = reports.get(i);
                runs.add(ReportedLatency.agreeing(r.build(reports.size() == 1 ? null : "run " + (i + 1)), r.firstLine, context));
            }
            return ImportResult.ofRuns(runs);
        }

        /**
         * hey prints its status codes (and its errors) last: a report with neither was cut off before hey finished,
         * and stored it would read as 0 requests and 0 errors. Refused at its last line.
         */
        private void refuseCutOff(Report r) throws ImportException {
            if (r.statusSeen || r.errorsSeen) return;
            throw ImportException.at(FORMAT, r.lastLine, Sentence.of("ingest.hey.status-expected", String.valueOf(r.firstLine)),
                    Sentence.of(reports.size() == 1 ? "ingest.hey.cut-off-file" : "ingest.hey.cut-off-report",
                            String.valueOf(r.lastLine)));
        }

        private boolean take(String line, long n) {
            Matcher m;
            switch (line) {
                case "Summary:" -> {
                    report = new Report(n);
                    reports.add(report);
                    section = Section.SUMMARY;
                    return true;
                }
                case "Response time histogram:" -> { return enter(Section.HISTOGRAM); }
                case "Latency distribution:" -> { return enter(Section.LATENCY); }
                case "Status code distribution:" -> {
                    if (report != null) report.statusSeen = true;
                    return enter(Section.STATUS);
                }
                case "Error distribution:" -> {
                    // hey prints errors even when no request succeeded (and then no Summary).
                    if (report == null) {
                        report = new Report(n);
                        reports.add(report);
                    }
                    report.errorsSeen = true;
                    return enter(Section.ERRORS);
                }
                default -> { }
            }
            if (report == null) return false;
            if ((m = DETAILS_HEADER.matcher(line)).matches()) {
                report.detailColumns = columns(m.group(1));
                report.detailsLine = n;
                section = Section.DETAILS;
                return true;
            }
            if (NOTE.matcher(line).matches()) return true;
            return switch (section) {
                case SUMMARY -> (m = SUMMARY_ROW.matcher(line)).matches() && summaryRow(m, n);
                case HISTOGRAM -> (m = HISTOGRAM_ROW.matcher(line)).matches() && histogramRow(m, n);
                case LATENCY -> (m = LATENCY_ROW.matcher(line)).matches() && latencyRow(m, n);
                case DETAILS -> (m = DETAILS_ROW.matcher(line)).matches() && detailsRow(m, n);
                case STATUS -> (m = STATUS_ROW.matcher(line)).matches() && statusRow(m, n);
                case ERRORS -> (m = ERROR_ROW.matcher(line)).matches() && errorRow(m, n);
                case NONE -> false;
            };
        }

        private boolean enter(Section next) {
            if (report == null) return false;
            section = next;
            return true;
        }

        private boolean summaryRow(Matcher m, long n) {
            String key = m.group(1);
            String value = m.group(2).strip();
            switch (key) {
                case "Total", "Slowest", "Fastest", "Average" -> {
                    Double ms = seconds(value, n, key);
                    switch (key) {
                        case "Total" -> report.totalSeconds = ms == null ? null : ms / 1000;
                        case "Slowest" -> report.slowestMs = ms;
                        case "Fastest" -> report.fastestMs = ms;
                        default -> report.averageMs = ms;
                    }
                }
                case "Requests/sec" -> report.rps = check.nonNegative(FastDecimal.parse(value), n, key, "a non-negative rate", value);
                default -> {
                    Long bytes = value.endsWith(" bytes") ? check.count(value.substring(0, value.length() - 6), n, key) : null;
                    if (!value.endsWith(" bytes")) check.reject(n, key, Sentence.of("ingest.hey.size"), value);
                    if (key.equals("Total data")) report.totalBytes = bytes;
                    else report.bytesPerRequest = bytes;
                }
            }
            return true;
        }

        private Double seconds(String value, long n, String field) {
            if (!value.endsWith(" secs")) {
                check.reject(n, field, Sentence.of("ingest.hey.time"), value);
                return null;
            }
            String number = value.substring(0, value.length() - 5);
            return check.latencyMs(FastDecimal.parse(number) * 1000, n, field, number);
        }

        private boolean histogramRow(Matcher m, long n) {
            check.count(m.group(2), n, "response time histogram count");
            return true;
        }

        private boolean latencyRow(Matcher m, long n) {
            Double p = check.percent(FastDecimal.parse(m.group(1)), n, "latency distribution percentile", m.group(1) + "%");
            Double ms = check.latencyMs(FastDecimal.parse(m.group(2)) * 1000, n, "latency at " + m.group(1) + "%", m.group(2));
            if (p == null || ms == null) return true;
            if (p == 0 && ms == 0) {
                // Some hey versions print a percentile they could not compute (too few requests) as "0% in 0.0000 secs".
                context.warn(Sentence.of("ingest.hey.zero-percentile", String.valueOf(n)));
                return true;
            }
            report.percentiles.add(new double[] {p, ms});
            return true;
        }

        private boolean detailsRow(Matcher m, long n) {
            String name = m.group(1).toLowerCase(Locale.ROOT).replace('+', '_').replace('-', '_').replace(' ', '_');
            String[] values = m.group(2).split(",");
            List<String> columns = report.detailColumns;
            if (values.length != columns.size()) {
                check.rejectDescribed(n, m.group(1), Sentence.of("ingest.hey.values-named", String.valueOf(columns.size()),
                        String.join(", ", columns)), Sentence.of("ingest.hey.values", String.valueOf(values.length)));
                return true;
            }
            for (int i = 0; i < values.length; i++) {
                Double ms = seconds(values[i].strip(), n, m.group(1) + " " + columns.get(i));
                if (ms != null) report.details.add(new Detail(name, columns.get(i), ms, n));
            }
            return true;
        }

        private boolean statusRow(Matcher m, long n) {
            long code = Counts.parse(m.group(1));
            if (code < 100 || code > 599) {
                check.reject(n, "status code", Sentence.of("ingest.hey-csv.status"), m.group(1));
                return true;
            }
            Long count = check.count(m.group(2), n, "responses with status " + code);
            if (count != null) report.statusCodes.add(new long[] {code, count});
            return true;
        }

        private boolean errorRow(Matcher m, long n) {
            Long count = check.count(m.group(1), n, "error count");
            if (count != null) {
                report.errorCount += count;
                report.errorMessages.add(count + " × " + m.group(2).strip());
            }
            return true;
        }

        /** "average, fastest, slowest" → [avg, fastest, slowest]: the header's own order and words. */
        private static List<String> columns(String header) {
            List<String> out = new ArrayList<>();
            for (String word : header.split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                out.add(w.equals("average") ? "avg" : w.replaceAll("[^a-z0-9]+", "_"));
            }
            return out;
        }

        private final class Report {
            final long firstLine;
            long lastLine;
            boolean statusSeen;
            boolean errorsSeen;
            Double totalSeconds;
            Double slowestMs;
            Double fastestMs;
            Double averageMs;
            Double rps;
            Long totalBytes;
            Long bytesPerRequest;
            List<String> detailColumns = List.of();
            long detailsLine;
            final List<double[]> percentiles = new ArrayList<>();
            final List<Detail> details = new ArrayList<>();
            final List<long[]> statusCodes = new ArrayList<>();
            long errorCount;
            final List<String> errorMessages = new ArrayList<>();

            Report(long firstLine) {
                this.firstLine = firstLine;
                this.lastLine = firstLine;
            }

            RunData build(String label) {
                RunDataBuilder b = RunData.builder().label(label)
                        .durationSeconds(totalSeconds).throughputRps(rps)
                        .meanMs(averageMs).minMs(fastestMs).maxMs(slowestMs)
                        .latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true);
                long requests = errorCount;
                long errors = errorCount;
                for (long[] s : statusCodes) {
                    b.statusCode((int) s[0], s[1]);
                    requests += s[1];
                    if (s[0] < 200 || s[0] >= 400) errors += s[1];
                }
                b.requests(requests).errors(errors);
                // hey prints no -c: the load is known only when the upload states it.
                load.apply(b, null, "hey", context);
                // Requests/sec is hey's own figure; requests / the Total printed to 0.1 ms is the cross-check.
                if (totalSeconds != null && totalSeconds > 0) {
                    b.metric(WrkReportParser.RECOMPUTED_THROUGHPUT, requests / totalSeconds);
                }
                for (double[] p : percentiles) b.percentile(p[0], p[1], LatencyOrigin.REPORTED);
                boolean dialupRepeatsSummary = dialupRepeatsSummary();
                for (Detail d : details) {
                    if (dialupRepeatsSummary && d.name().equals("dns_dialup") && !d.column().equals("avg")) continue;
                    b.metric(d.name() + "_" + d.column() + "_ms", d.ms());
                }
                if (totalBytes != null) b.metric("total_data_bytes", totalBytes);
                if (bytesPerRequest != null) b.metric("size_per_request_bytes", bytesPerRequest);
                if (errorCount > 0) b.metric("client_errors", errorCount);
                if (!errorMessages.isEmpty()) {
                    String joined = String.join("; ", errorMessages);
                    b.setting("error_distribution", joined.length() > 1000 ? joined.substring(0, 1000) + "…" : joined);
                }
                return b.build();
            }

            /** hey 0.1.4's DNS+dialup row: fastest and slowest are the Summary's, i.e. whole requests, not dials. */
            private boolean dialupRepeatsSummary() {
                Double fastest = detail("dns_dialup", "fastest");
                Double slowest = detail("dns_dialup", "slowest");
                return fastest != null && slowest != null && fastest.equals(fastestMs) && slowest.equals(slowestMs);
            }

            private Double detail(String name, String column) {
                for (Detail d : details) if (d.name().equals(name) && d.column().equals(column)) return d.ms();
                return null;
            }
        }
    }

    private record Detail(String name, String column, double ms, long line) { }
}
