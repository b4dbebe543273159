package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.ingest.source.Text;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The event vocabulary of Benchboard's chaos events format, and the checks one event must pass. */
final class ChaosEventNames {

    /** Our word for a missing value, as "found …". */
    static final Sentence NOTHING = Sentence.of("ingest.chaos.found.nothing");

    static final String EXPERIMENT_START = "experiment_start";
    static final String FAULT_INJECTED = "fault_injected";
    static final String DOWN = "down";
    static final String UP = "up";
    static final String FAULT_CLEARED = "fault_cleared";
    static final String EXPERIMENT_END = "experiment_end";
    static final List<String> ALL = List.of(EXPERIMENT_START, FAULT_INJECTED, DOWN, UP, FAULT_CLEARED, EXPERIMENT_END);

    private ChaosEventNames() {
    }

    /**
     * Builds one event. The name is matched case-insensitively and stored in lower case; a fault_injected
     * needs its fault type (outages are attributed through it); names are never spreadsheet formulas.
     */
    static ChaosEvent event(Instant time, String name, String faultType, String component, String detail,
                            long line, Integer eventColumn, Integer faultTypeColumn) throws RowProblem {
        String event = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        if (event == null || !ALL.contains(event)) {
            throw new RowProblem(line, eventColumn, "event", Sentence.of("ingest.chaos.expected.event-name", String.join(", ", ALL)),
                    name == null || name.isBlank() ? NOTHING : Sentence.verbatim(Text.quote(name)));
        }
        if (event.equals(FAULT_INJECTED) && faultType == null) {
            throw new RowProblem(line, faultTypeColumn, "fault_type", Sentence.of("ingest.chaos.expected.injected-fault-type"), NOTHING);
        }
        return new ChaosEvent(time, event, faultType, component, detail);
    }
}
