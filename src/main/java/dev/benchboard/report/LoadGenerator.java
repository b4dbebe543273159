package dev.benchboard.report;

import dev.benchboard.stats.latency.CoordinatedOmission;

/**
 * The tool behind a run, from the upload's format and the importer's closed-loop flag: its name as the
 * report says it, how it stands to coordinated omission (statistics.md, per tool), and whether it prints
 * its own throughput figure.
 *
 * @param name                "wrk", "hey", "JMeter", "k6" …
 * @param coordinatedOmission per tool: wrk 4.x corrects, hey/ab/siege/JMeter/k6 closed-loop/Locust/autocannon/JMH do not,
 *                            wrk2/vegeta/k6 arrival-rate/Gatling open injection are open-loop
 * @param printsThroughput    true when the run's throughput is the tool's printed figure (wrk's and hey's Requests/sec,
 *                            Locust's Requests/s, autocannon's Req/Sec average, Gatling's meanNumberOfRequestsPerSecond)
 */
public record LoadGenerator(String name, CoordinatedOmission coordinatedOmission, boolean printsThroughput) {

    public static LoadGenerator of(String format, boolean closedLoop) {
        String f = format == null ? "" : format;
        // JMH's importer states no loop: each benchmark thread times one invocation after another (sample mode), a
        // closed loop by construction, so invocations a stall held back are never timed.
        if (f.equals("jmh")) return new LoadGenerator("JMH", CoordinatedOmission.NOT_CORRECTED, false);
        if (!closedLoop) {
            return new LoadGenerator(switch (f) {
                case "wrk", "wrk2" -> "wrk2";
                case "vegeta" -> "vegeta";
                case "k6-summary", "k6-ndjson" -> "k6 (arrival-rate executor)";
                // Open injection (users arrive on a schedule, whatever the responses): the importers' reading; a
                // closed-model simulation is not recognisable from its files.
                case "gatling-log", "gatling-stats" -> "Gatling (open injection)";
                default -> "the load generator";
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
            case "k6-summary", "k6-ndjson" -> new LoadGenerator("k6 (closed-loop executor)", CoordinatedOmission.NOT_CORRECTED, false);
            // Each Locust user waits for its response (then its wait_time) before the next request.
            case "locust-stats" -> new LoadGenerator("Locust", CoordinatedOmission.NOT_CORRECTED, true);
            case "locust-history", "locust-failures" -> new LoadGenerator("Locust", CoordinatedOmission.NOT_CORRECTED, false);
            // Without -R each connection sends its next request when the response came (the JSON does not say -R).
            case "autocannon" -> new LoadGenerator("autocannon", CoordinatedOmission.NOT_CORRECTED, true);
            case "gatling-log", "gatling-stats" -> new LoadGenerator("Gatling (closed model)", CoordinatedOmission.NOT_CORRECTED,
                    f.equals("gatling-stats"));
            default -> new LoadGenerator("the load generator (closed-loop, as the file says)", CoordinatedOmission.NOT_CORRECTED, false);
        };
    }
}
