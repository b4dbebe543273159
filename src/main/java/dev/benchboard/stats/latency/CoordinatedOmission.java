package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;

/**
 * How a load generator stands to coordinated omission (statistics.md, "Coordinated omission, per
 * tool"): a closed-loop tool waits for each response before sending the next request on that
 * connection, so a stall delays requests that are then never measured as waiting.
 */
public enum CoordinatedOmission {

    /** hey, JMeter, k6 closed-loop executors, generic/unknown closed-loop data: nothing corrects it. */
    NOT_CORRECTED,
    /**
     * wrk 4.x: closed-loop, but before printing it applies its own correction ({@code stats_correct} in
     * wrk.c adds synthetic samples at the expected interval), so its tails are corrected, if crudely.
     */
    CORRECTED_BY_WRK,
    /** wrk2, vegeta, k6 arrival-rate executors: requests sent on a schedule, latency from the planned send time. */
    OPEN_LOOP;

    /** What this means for the run's latencies, naming the tool, e.g. for a report's warnings. */
    public Sentence describe(Sentence tool) {
        return Sentence.of(switch (this) {
            case NOT_CORRECTED -> "latency.coordinated-omission.not-corrected";
            case CORRECTED_BY_WRK -> "latency.coordinated-omission.corrected-by-wrk";
            case OPEN_LOOP -> "latency.coordinated-omission.open-loop";
        }, tool);
    }

    /** {@link #describe(Sentence)} for a tool named by its own name ("wrk", "siege"). */
    public Sentence describe(String tool) {
        return describe(LatencyRunInput.toolNamed(tool));
    }

    /** Whether the report should warn about the run's tails (open-loop runs need no warning). */
    public boolean warns() {
        return this != OPEN_LOOP;
    }
}
