package dev.benchboard.ingest.mapping;

import dev.benchboard.evidence.DataKind;
import java.util.List;

/**
 * The roles a column can play, per kind of evidence. A mapping names, for each role it uses, the
 * column (CSV header name or JSON key) that holds it.
 */
public final class MappingRoles {

    /** One role: its key in the mapping JSON, what the user sees, and whether a mapping needs it. */
    public record Role(String key, String label, boolean required, String meaning) {}

    public static final String TIMESTAMP = "timestamp";
    public static final String LATENCY = "latency";
    public static final String STATUS = "status";
    public static final String SUCCESS = "success";
    public static final String BYTES = "bytes";
    public static final String LABEL = "label";
    public static final String FAULT = "fault";
    public static final String START = "start";
    public static final String END = "end";
    public static final String COMPONENT = "component";
    public static final String TIME = "time";
    public static final String PAUSE = "pause";
    public static final String HEAP = "heap";

    private static final List<Role> LOAD = List.of(
            new Role(TIMESTAMP, "Timestamp", false, "when the request started"),
            new Role(LATENCY, "Latency", true, "the request's latency (duration unit)"),
            new Role(STATUS, "HTTP status", false, "2xx/3xx are successes, anything else (0 = no response) an error"),
            new Role(SUCCESS, "Success", false, "true/false or 1/0"),
            new Role(BYTES, "Bytes", false, "response bytes"),
            new Role(LABEL, "Label", false, "request name; one run per label"));
    private static final List<Role> CHAOS = List.of(
            new Role(FAULT, "Fault type", true, "the kind of fault injected (process-kill, …)"),
            new Role(START, "Fault start", true, "when the fault was injected"),
            new Role(END, "Recovery / end", false, "when the service was back (or the fault cleared)"),
            new Role(COMPONENT, "Component", false, "what the fault hit"));
    private static final List<Role> GC = List.of(
            new Role(TIME, "Time", true, "when the cycle ran (timestamp, or time since start in the time unit)"),
            new Role(PAUSE, "Pause", true, "stop-the-world pause (duration unit)"),
            new Role(HEAP, "Heap", false, "live heap after the cycle (heap unit)"));

    private MappingRoles() {
    }

    public static List<Role> of(DataKind kind) {
        return switch (kind) {
            case BENCHMARK -> LOAD;
            case CHAOS -> CHAOS;
            case GC -> GC;
        };
    }
}
