package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.format.fields.ImportRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * fixtures/chaos/truth.json: what run_chaos.py did (signals sent, restarts, when the server was
 * serving again) and what its prober saw, the ground truth of the real chaos run.
 */
record RunTruth(String experiment, Instant windowStart, Instant windowEnd, long intervalMs, long timeoutMs, List<Fault> faults) {

    record Fault(String faultType, String component, Instant injectedAt, Instant clearedAt, Instant servingAgainAt,
                 Instant observedDownAt, Instant observedUpAt) {
    }

    static RunTruth load() {
        JsonNode root = JsonMapper.shared().readTree(ImportRun.text("chaos/truth.json"));
        List<Fault> faults = new ArrayList<>();
        for (JsonNode f : root.get("faults")) {
            faults.add(new Fault(f.get("fault_type").asString(), f.get("component").asString(), ms(f, "injected_at_ms"),
                    ms(f, "cleared_at_ms"), ms(f, "serving_again_at_ms"), ms(f, "observed_down_at_ms"), ms(f, "observed_up_at_ms")));
        }
        return new RunTruth(root.get("experiment").asString(), ms(root, "window_start_ms"), ms(root, "window_end_ms"),
                root.get("probe_interval_ms").asLong(), root.get("probe_timeout_ms").asLong(), faults);
    }

    private static Instant ms(JsonNode node, String field) {
        return Instant.ofEpochMilli(node.get(field).asLong());
    }
}
