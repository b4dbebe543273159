package dev.benchboard.evidence;

import java.time.Instant;
import java.util.List;

/**
 * One chaos experiment: its observation window, the events as logged, the outages derived from them
 * (or given directly), and any reported figures or Litmus results. Window ends may be null when the
 * file does not state them (the upload form can supply them).
 */
public record ChaosData(
        String experiment,
        Instant windowStart,
        Instant windowEnd,
        List<ChaosEvent> events,
        List<Outage> outages,
        List<ReportedReliability> reported,
        List<LitmusResult> litmus) {

    public ChaosData {
        events = events == null ? List.of() : List.copyOf(events);
        outages = outages == null ? List.of() : List.copyOf(outages);
        reported = reported == null ? List.of() : List.copyOf(reported);
        litmus = litmus == null ? List.of() : List.copyOf(litmus);
    }
}
