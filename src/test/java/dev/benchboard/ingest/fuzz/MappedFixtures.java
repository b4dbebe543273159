package dev.benchboard.ingest.fuzz;

import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The column-mapping importer's inputs for the harness: it is never chosen by detection, so {@link Fuzzing#IMPORTERS}
 * (the catalogue) does not hold it. Each mapping of MappedImporterTest with the real file it was made for; the
 * importer is chosen as the upload chooses it (JSON lines when the head starts with '{', else CSV).
 */
final class MappedFixtures {

    /** A mapping and the real file it was made for. */
    record Mapped(String name, ColumnMapping mapping, byte[] file) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Mapped> ALL = List.of(
            mapped("load CSV", "{\"kind\": \"load\", \"roles\": {\"latency\": \"response-time\", \"status\": \"status-code\", "
                    + "\"timestamp\": \"offset\"}, \"timeUnit\": \"s\"}", "hey-csv/flaky.csv"),
            mapped("load JSON lines", "{\"kind\": \"load\", \"roles\": {\"latency\": \"response-time\", \"status\": "
                    + "\"status-code\"}, \"timeUnit\": \"s\"}", "mapping/flaky.jsonl"),
            mapped("gc CSV", "{\"kind\": \"gc\", \"roles\": {\"time\": \"timestamp_s\", \"pause\": \"pause_ms\", \"heap\": "
                    + "\"live_heap_mb\"}, \"timeUnit\": \"s\", \"durationUnit\": \"ms\", \"heapUnit\": \"MB\"}", "gc/leak-gc.csv"),
            mapped("chaos CSV, epoch ms", "{\"kind\": \"chaos\", \"roles\": {\"fault\": \"fault\", \"start\": \"start_unix_ms\", "
                    + "\"end\": \"ready_unix_ms\"}, \"timeUnit\": \"ms\"}", "chaos/attribution/driver-log.csv"),
            mapped("chaos CSV, ISO", "{\"kind\": \"chaos\", \"roles\": {\"fault\": \"fault\", \"start\": \"start_iso\", "
                    + "\"end\": \"ready_iso\"}, \"timestampFormat\": \"iso\"}", "chaos/attribution/driver-log.csv"));

    private MappedFixtures() {
    }

    private static Mapped mapped(String name, String json, String file) {
        return new Mapped(name, ColumnMapping.parse(json), FuzzFixtures.read(file));
    }

    /** The input read by the mapping through the harness: a result or a clean error, in time. */
    static void read(ColumnMapping mapping, byte[] input) {
        String head;
        try {
            head = TextSource.head(new ByteArrayInputStream(input), Fuzzing.LIMITS, Fuzzing.HEAD_CHARS);
        } catch (Exception unreadable) {
            head = ""; // the upload refuses it before choosing; the CSV reader must refuse it cleanly too
        }
        Fuzzing.parse(MappedImporter.forHead(mapping, head), input);
    }
}
