package dev.benchboard.ingest.format.cli;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;

/**
 * Plain wrk's text report ({@code wrk --latency}): settings (url, threads, connections, duration),
 * the Thread Stats rows, the 50/75/90/99 % latency distribution (reported values), requests, run
 * time, bytes read, socket errors, non-2xx/3xx responses, Requests/sec and Transfer/sec. wrk is
 * closed-loop, so its runs carry the coordinated-omission flag; wrk 4.x corrects its own latencies
 * for it ({@code stats_correct}), which the report says per tool. Throughput is the printed
 * Requests/sec; requests / printed run time is kept as the metric {@code throughput_recomputed_rps}. errors = non-2xx/3xx + all socket
 * errors (connect, read, write, timeout). See {@link WrkReportParser} for the grammar.
 */
public final class WrkTextImporter implements Importer {

    public static final String FORMAT = "wrk";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "wrk text (--latency)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        WrkSignature s = WrkSignature.of(head);
        if (!s.wrk()) return 0;
        return s.wrk2() ? 45 : s.strength();
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        return new WrkReportParser(FORMAT, false, context).parse(source);
    }
}
