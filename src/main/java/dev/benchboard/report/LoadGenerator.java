package dev.benchboard.report;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.latency.CoordinatedOmission;
import dev.benchboard.stats.latency.LatencyRunInput;

/**
 * The tool behind a run, from the upload's format and the importer's closed-loop flag: its name as the
 * report says it, how it stands to coordinated omission (statistics.md, per tool), and whether it prints
 * its own throughput figure.
 *
 * @param tool                "wrk", "hey", "JMeter", "k6 (closed-loop executor)" … in the reader's words
 * @param coordinatedOmission per tool: wrk 4.x corrects, hey/ab/siege/JMeter/k6 closed-loop/Locust/autocannon/JMH do not,
 *                            wrk2/vegeta/k6 arrival-rate/Gatling open injection are open-loop
 * @param printsThroughput    true when the run's throughput is the tool's printed figure (wrk's and hey's Requests/sec,
 *                            Locust's Requests/s, autocannon's Req/Sec average, Gatling's meanNumberOfRequestsPerSecond)
 */
public record LoadGenerator(Sentence tool, CoordinatedOmission coordinatedOmission, boolean printsThroughput) {

    private LoadGenerator(String name, CoordinatedOmission coordinatedOmission, boolean printsThroughput) {
        this(LatencyRunInput.toolNamed(name), coordinatedOmission, printsThroughput);
    }

    /** The tool's name in English ("wrk", "the load generator"). */
    public String name() {
        return tool.english();
    }

    public static LoadGenerator of(String format, boolean closedLoop) {
        String f = format == null ? "" : format;
        // JMH's importer states no loop: each benchmark thread times one invocation after another (sample mode), a
        // closed loop by construction, so invocations a stall held back are never timed.
        if (f.equals("jmh")) return new LoadGenerator("JMH", CoordinatedOmission.NOT_CORRECTED, false);
        if (!closedLoop) {
            return new LoadGenerator(switch (f) {
                case "wrk", "wrk2" -> LatencyRunInput.toolNamed("wrk2");
                case "vegeta" -> LatencyRunInput.toolNamed("vegeta");
                case "k6-summary", "k6-ndjson" -> Sentence.of("latency.tool.k6-arrival-rate");
                // Open injection (users arrive on a schedule, whatever the responses): the importers' reading; a
                // closed-model simulation is not recognisable from its files.
                case "gatling-log", "gatling-stats" -> Sentence.of("latency.tool.gatling-open");
                default -> LatencyRunInput.UNNAMED_TOOL;
            }, CoordinatedOmission.OPEN_LOOP, f.equals("wrk") || f.equals("wrk2") || f.equals("gatling-stats"));
        }
        return switch (f) {
            // A closed-loop run read from wrk or wrk2 output is plain wrk 4.x (no wrk2 markers).
            case "wrk", "wrk2" -> new LoadGenerator("wrk", CoordinatedOmission.CORRECTED_BY_WRK, true);
            case "hey" -> new LoadGenerator("hey", CoordinatedOmission.NOT_CORRECTED, true);
            case "hey-csv" -> new LoadGenerator("hey", CoordinatedOmission.NOT_CORRECTED, false);
            case "ab" -> new LoadGenerator("ab", CoordinatedOmission.NOT_CORRECTED, true);
            case "ab-percentiles", "ab-gnuplot" -> new LoadGenerator("ab", CoordinatedOmission.NOT_CORRECTED, false);
            case "siege", "siege-log" -> new LoadGenerator("siege", CoordinatedOmission.NOT_CORRECTED, true);
            case "jmeter-jtl" -> new LoadGenerator("JMeter", CoordinatedOmission.NOT_CORRECTED, false);
            case "k6-summary", "k6-ndjson" -> new LoadGenerator(Sentence.of("latency.tool.k6-closed-loop"), CoordinatedOmission.NOT_CORRECTED, false);
            // Each Locust user waits for its response (then its wait_time) before the next request.
            case "locust-stats" -> new LoadGenerator("Locust", CoordinatedOmission.NOT_CORRECTED, true);
            case "locust-history", "locust-failures" -> new LoadGenerator("Locust", CoordinatedOmission.NOT_CORRECTED, false);
            // Without -R each connection sends its next request when the response came (the JSON does not say -R).
            case "autocannon" -> new LoadGenerator("autocannon", CoordinatedOmission.NOT_CORRECTED, true);
            case "gatling-log", "gatling-stats" -> new LoadGenerator(Sentence.of("latency.tool.gatling-closed"), CoordinatedOmission.NOT_CORRECTED,
                    f.equals("gatling-stats"));
            default -> new LoadGenerator(Sentence.of("latency.tool.unnamed-closed-loop"), CoordinatedOmission.NOT_CORRECTED, false);
        };
    }
}
