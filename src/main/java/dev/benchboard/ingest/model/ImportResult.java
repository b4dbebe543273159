package dev.benchboard.ingest.model;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.evidence.RunData;
import java.util.List;

/** What an importer produced from one file. Exactly one of the lists is normally non-empty. */
public record ImportResult(List<RunData> runs, List<GcTraceData> gcTraces, List<ChaosData> chaos) {

    public ImportResult {
        runs = runs == null ? List.of() : List.copyOf(runs);
        gcTraces = gcTraces == null ? List.of() : List.copyOf(gcTraces);
        chaos = chaos == null ? List.of() : List.copyOf(chaos);
    }

    public static ImportResult ofRuns(List<RunData> runs) { return new ImportResult(runs, null, null); }
    public static ImportResult ofGc(List<GcTraceData> traces) { return new ImportResult(null, traces, null); }
    public static ImportResult ofChaos(List<ChaosData> chaos) { return new ImportResult(null, null, chaos); }

    public boolean isEmpty() {
        return runs.isEmpty() && gcTraces.isEmpty() && chaos.isEmpty();
    }
}
