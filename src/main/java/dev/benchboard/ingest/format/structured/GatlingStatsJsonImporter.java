package dev.benchboard.ingest.format.structured;

import dev.benchboard.ingest.format.fields.ReportedLatency;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.List;

/**
 * The statistics of a Gatling HTML report, {@code js/stats.json} (Gatling 3.x): {@code {"type": "GROUP",
 * "name": "All Requests", "stats": {numberOfRequests, minResponseTime, maxResponseTime, meanResponseTime,
 * standardDeviation, percentiles1…4, group1…4, meanNumberOfRequestsPerSecond}, "contents": {request id:
 * {"type": "REQUEST", "name", "stats": …}}}}, each figure as {@code {"total", "ok", "ko"}} in whole ms.
 *
 * <p>One run for "All Requests" with the "total" figures, as Gatling's console prints them: requests,
 * errors = ko, mean/min/max/standard deviation, throughput = meanNumberOfRequestsPerSecond. percentiles1…4
 * are the percentiles of {@code gatling.conf} ({@code charting.indicators.percentile1…4}), which the file
 * does not name: read as Gatling's defaults 50, 75, 95, 99 (setting {@code percentiles_assumed}). Each
 * request's count, KO and 4th percentile are kept as metrics. Duration = requests / mean requests per second,
 * the whole seconds Gatling's buckets cover. The report has no user count.
 */
public final class GatlingStatsJsonImporter implements Importer {

    public static final String FORMAT = "gatling-stats";
    private static final double[] DEFAULT_PERCENTILES = {50, 75, 95, 99};

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Gatling report statistics (js/stats.json)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        if (!json.isObject() || !json.has("stats.numberOfRequests")) return 0;
        return json.has("stats.meanNumberOfRequestsPerSecond") || json.has("stats.percentiles1") ? 97 : 70;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        Json.Value document = Json.readDocument(source, FORMAT);
        Json.Obj stats = document instanceof Json.Obj doc ? doc.object("stats") : null;
        Long requests = stats == null ? null : total(stats, "numberOfRequests", context);
        if (requests == null) {
            throw new ImportException(FORMAT, document.line(), document.column(), "stats.numberOfRequests.total",
                    Sentence.of("ingest.structured.gatling.expected.stats", "{\"stats\": {\"numberOfRequests\": {\"total\": …}, …}}"),
                    Sentence.of("ingest.structured.found.another-shape"));
        }
        Json.Obj doc = (Json.Obj) document;
        RunDataBuilder b = RunData.builder().requests(requests)
                .errors(countOf(stats.object("numberOfRequests"), "ko", context))
                .latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(false)
                .meanMs(ms(stats, "meanResponseTime", context)).minMs(ms(stats, "minResponseTime", context))
                .maxMs(ms(stats, "maxResponseTime", context)).stdevMs(ms(stats, "standardDeviation", context))
                .throughputRps(JsonFields.nonNegative(stats.object("meanNumberOfRequestsPerSecond"), "total",
                        "stats.meanNumberOfRequestsPerSecond.total", context))
                .setting("percentiles_assumed", "percentiles1..4 read as 50, 75, 95, 99 (gatling.conf defaults)")
                .setting("latency_resolution", "1 ms (Gatling's figures are whole milliseconds)");
        Double rps = JsonFields.nonNegative(stats.object("meanNumberOfRequestsPerSecond"), "total",
                "stats.meanNumberOfRequestsPerSecond.total", context);
        // Gatling's own span: the whole seconds its per-second buckets cover (requests / mean requests per second)
        if (rps != null && rps > 0) b.durationSeconds(requests / rps);
        for (int i = 0; i < DEFAULT_PERCENTILES.length; i++) {
            Double v = ms(stats, "percentiles" + (i + 1), context);
            if (v != null) b.percentile(DEFAULT_PERCENTILES[i], v, LatencyOrigin.REPORTED);
        }
        Json.Obj contents = doc.object("contents");
        if (contents != null) {
            contents.fields().values().forEach(v -> {
                if (!(v instanceof Json.Obj request) || request.string("name") == null || request.object("stats") == null) return;
                Json.Obj s = request.object("stats");
                String name = request.string("name");
                Long n = total(s, "numberOfRequests", context);
                if (n != null) b.metric(name + " requests", n);
                Long ko = countOf(s.object("numberOfRequests"), "ko", context);
                if (ko != null) b.metric(name + " KO", ko);
                Double p4 = ms(s, "percentiles4", context);
                if (p4 != null) b.metric(name + " percentiles4_ms", p4);
            });
        }
        context.accept(FORMAT, stats.line());
        return ImportResult.ofRuns(List.of(ReportedLatency.agreeing(b.build(), stats.line(), context)));
    }

    private static Long total(Json.Obj stats, String name, ImportContext context) {
        return countOf(stats.object(name), "total", context);
    }

    private static Long countOf(Json.Obj figure, String key, ImportContext context) {
        return JsonFields.count(figure, key, key, context);
    }

    private static Double ms(Json.Obj stats, String name, ImportContext context) {
        return JsonFields.latencyMs(stats.object(name), "total", "stats." + name + ".total", 1, context);
    }
}
