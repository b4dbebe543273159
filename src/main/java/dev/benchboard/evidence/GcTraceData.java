package dev.benchboard.evidence;

import java.util.List;
import java.util.Map;

/** The GC cycles of one process run, in order, with settings such as GOGC when known. */
public record GcTraceData(String label, List<GcCycle> cycles, Map<String, String> settings) {

    public GcTraceData {
        cycles = List.copyOf(cycles);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
