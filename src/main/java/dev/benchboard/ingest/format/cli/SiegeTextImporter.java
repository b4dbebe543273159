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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * siege's end-of-run summary (siege 4.0.7), in either form it prints: the text block after
 * {@code Lifting the server siege...} ({@code Transactions: 8017 hits}, Availability, Elapsed time,
 * Data transferred, Response time, Transaction rate, Throughput, Concurrency, Successful/Failed
 * transactions, Longest/Shortest transaction), or — with {@code json_output = true}, the default of
 * Debian's siege 4.0.7 configuration template — the same figures as a JSON object
 * ({@code "transactions": 10212, …}). A capture with siege's per-request lines
 * ({@code HTTP/1.1 200 0.00 secs: 42 bytes ==> GET /ok}, ANSI-coloured, verbose mode) interleaved is
 * read too: those lines give status-code counts.
 *
 * <p>Figures. Every request siege made is either a transaction (a response &lt; 400) or a failed
 * transaction (a response ≥ 400, or a socket failure): in the fixture {@code siege -c 4 -r 50} made 200
 * requests = 175 transactions + 25 failed. So requests = Transactions + Failed transactions, errors =
 * Failed transactions, and Availability = Transactions / requests. Per-request lines, when the capture
 * has them, give status-code counts (a line cut in two by the summary is counted only if its status
 * survived). Throughput = the printed Transaction
 * rate; Transactions / Elapsed time is kept as {@code throughput_recomputed_rps}. mean/min/max =
 * Response time, Shortest, Longest (siege prints seconds with 2 decimals: 10 ms resolution, stated in
 * {@code latency_resolution}); siege prints no percentiles. Concurrency = the users of
 * {@code ** Preparing N concurrent users for battle.} when printed (else the upload's statement);
 * siege's own "Concurrency" (mean simultaneous connections) is {@code siege_concurrency_mean}. siege is
 * closed-loop: coordinated omission not corrected.
 */
public final class SiegeTextImporter implements Importer {

    public static final String FORMAT = "siege";

    private static final Pattern TEXT_FIELD = Pattern.compile(
            "(Transactions|Availability|Elapsed time|Data transferred|Response time|Transaction rate|Throughput"
                    + "|Concurrency|Successful transactions|Failed transactions|Longest transaction|Shortest transaction):"
                    + "\\s*(\\S+)(?:\\s+(hits|%|secs|MB|trans/sec|MB/sec))?");
    private static final Pattern JSON_FIELD = Pattern.compile("\\{?\\s*\"([a-z_]+)\":\\s*(\\S+?),?\\s*}?");
    private static final Pattern USERS = Pattern.compile("\\*\\* Preparing (\\d+) concurrent users for battle\\.");
    private static final Pattern REQUEST_LINE = Pattern.compile("HTTP/\\d(?:\\.\\d)? (\\d{3})\\s.*");
    private static final Map<String, String> TEXT_KEYS = Map.ofEntries(
            Map.entry("Transactions", "transactions"), Map.entry("Availability", "availability"),
            Map.entry("Elapsed time", "elapsed_time"), Map.entry("Data transferred", "data_transferred"),
            Map.entry("Response time", "response_time"), Map.entry("Transaction rate", "transaction_rate"),
            Map.entry("Throughput", "throughput"), Map.entry("Concurrency", "concurrency"),
            Map.entry("Successful transactions", "successful_transactions"),
            Map.entry("Failed transactions", "failed_transactions"),
            Map.entry("Longest transaction", "longest_transaction"), Map.entry("Shortest transaction", "shortest_transaction"));
    private static final List<String> COUNTS = List.of("transactions", "successful_transactions", "failed_transactions");

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "siege summary (text or JSON)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        boolean text = head.contains("Transaction rate:") && head.contains("Transactions:");
        boolean json = head.contains("\"transaction_rate\":") && head.contains("\"availability\":");
        if (text || json) return 95;
        boolean banner = head.contains("** SIEGE ") || head.contains("The server is now under siege");
        if (!banner) return 0;
        // verbose runs print one line per request before the summary, which may lie beyond the head
        for (String line : CliLines.headLines(head, 50)) {
            if (REQUEST_LINE.matcher(line).matches() && line.contains(" secs: ") && line.contains(" ==> ")) return 90;
        }
        return 50;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        StatedLoad load = StatedLoad.read(context, FORMAT);
        ValueCheck check = new ValueCheck(context);
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        Map<String, Double> figures = new HashMap<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        Double users = null;
        long firstLine = 0;
        boolean aborted = false;
        for (String text; (text = lines.next()) != null; ) {
            String line = text.strip();
            if (line.isEmpty() || line.equals("{") || line.equals("}")) continue;
            long n = lines.lineNumber();
            Matcher m;
            if ((m = REQUEST_LINE.matcher(line)).matches()) {
                statuses.merge(Integer.parseInt(m.group(1)), 1L, Long::sum);
            } else if ((m = USERS.matcher(line)).matches()) {
                users = (double) Counts.parse(m.group(1));
            } else if ((m = TEXT_FIELD.matcher(line)).matches()) {
                if (firstLine == 0) firstLine = n;
                figure(TEXT_KEYS.get(m.group(1)), m.group(2), n, check, figures);
            } else if ((m = JSON_FIELD.matcher(line)).matches() && TEXT_KEYS.containsValue(m.group(1))) {
                if (firstLine == 0) firstLine = n;
                figure(m.group(1), m.group(2), n, check, figures);
            } else {
                if (line.contains("siege aborted")) aborted = true;
                if (line.startsWith("** SIEGE ")) context.setting("siege_version", line.substring(9).strip());
                context.skip(FORMAT, n);
            }
        }
        if (!figures.containsKey("transactions") || !figures.containsKey("transaction_rate")) {
            throw ImportException.at(FORMAT, Math.max(1, lines.lineNumber()),
                    "a siege summary ('Transactions:' and 'Transaction rate:', or their JSON form)", "none");
        }
        context.accept(FORMAT, firstLine);
        RunDataBuilder b = RunData.builder().latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                .setting("latency_resolution", "10 ms (siege prints seconds with 2 decimals)");
        Summary s = new Summary(figures);
        statuses.forEach(b::statusCode);
        long failed = s.count("failed_transactions");
        long transactions = s.count("transactions");
        b.requests(transactions + failed).errors(failed)
                .durationSeconds(s.get("elapsed_time")).throughputRps(s.get("transaction_rate"))
                .meanMs(s.ms("response_time")).maxMs(s.ms("longest_transaction")).minMs(s.ms("shortest_transaction"));
        load.apply(b, users, "siege", context);
        Double elapsed = s.get("elapsed_time");
        if (elapsed != null && elapsed > 0) b.metric(WrkReportParser.RECOMPUTED_THROUGHPUT, transactions / elapsed);
        put(b, "siege_concurrency_mean", s.get("concurrency"));
        put(b, "availability_percent", s.get("availability"));
        put(b, "data_transferred_mb", s.get("data_transferred"));
        put(b, "throughput_mb_per_s", s.get("throughput"));
        put(b, "successful_transactions", s.get("successful_transactions"));
        put(b, "failed_transactions", s.get("failed_transactions"));
        if (aborted) {
            b.setting("siege_aborted", "excessive socket failure");
            context.warn(Sentence.of("ingest.siege.aborted"));
        }
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(b.build(), firstLine, context)));
    }

    private static void put(RunDataBuilder b, String name, Double value) {
        if (value != null) b.metric(name, value);
    }

    private static void figure(String key, String value, long n, ValueCheck check, Map<String, Double> figures) {
        if (COUNTS.contains(key)) {
            Long c = check.count(value, n, key);
            if (c != null) figures.put(key, c.doubleValue());
        } else if (key.equals("availability")) {
            Double p = check.percent(FastDecimal.parse(value), n, key, value);
            if (p != null) figures.put(key, p);
        } else if (key.equals("response_time") || key.endsWith("_transaction")) {
            Double ms = check.latencyMs(FastDecimal.parse(value) * 1000, n, key, value);
            if (ms != null) figures.put(key, ms / 1000);
        } else {
            Double v = check.nonNegative(FastDecimal.parse(value), n, key, "a non-negative number", value);
            if (v != null) figures.put(key, v);
        }
    }

    private record Summary(Map<String, Double> figures) {
        Double get(String key) { return figures.get(key); }
        long count(String key) { Double v = figures.get(key); return v == null ? 0 : v.longValue(); }
        Double ms(String key) { Double v = figures.get(key); return v == null ? null : v * 1000; }
    }
}
