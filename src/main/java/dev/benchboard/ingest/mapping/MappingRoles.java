package dev.benchboard.ingest.mapping;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * The roles a column can play, per kind of evidence. A mapping names, for each role it uses, the
 * column (CSV header name or JSON key) that holds it.
 */
public final class MappingRoles {

    /**
     * One role: its key in the mapping JSON and whether a mapping needs it; what the user sees of it (its label and
     * meaning) is written in the reader's language.
     */
    public record Role(String key, boolean required) {
        public Sentence label() { return Sentence.of("ingest.mapping.role-label." + key); }
        public Sentence meaning() { return Sentence.of("ingest.mapping.role-meaning." + key); }
    }

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

    private static final List<Role> LOAD = List.of(new Role(TIMESTAMP, false), new Role(LATENCY, true),
            new Role(STATUS, false), new Role(SUCCESS, false), new Role(BYTES, false), new Role(LABEL, false));
    private static final List<Role> CHAOS = List.of(new Role(FAULT, true), new Role(START, true), new Role(END, false),
            new Role(COMPONENT, false));
    private static final List<Role> GC = List.of(new Role(TIME, true), new Role(PAUSE, true), new Role(HEAP, false));

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
