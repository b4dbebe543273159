package dev.benchboard.stats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.format.chaos.ChaosEventsCsvImporter;
import dev.benchboard.ingest.format.chaos.ChaosEventsJsonImporter;
import dev.benchboard.ingest.format.chaos.OutageTableCsvImporter;
import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.stats.common.Close;
import dev.benchboard.stats.reliability.ReliabilityAnalyzer;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MTTR and MTBF of the real chaos run (fixtures/chaos, see its README): seven faults injected into a
 * Go server by PID (SIGKILL + restart, SIGSTOP + SIGCONT) in a 70 s window, watched by a prober that
 * starts a GET every 100 ms with an 80 ms timeout. The same run in all four shapes an SRE uploads.
 *
 * <p><b>Truth</b> (from truth.json, the schedule as executed): outage i lasts from the signal
 * ({@code injected_at_ms}) until the server could serve again ({@code serving_again_at_ms}: listening
 * after a restart, or the SIGCONT); D = Σ d_i, r = 7, T = window_end − window_start = 70 s,
 * MTTR = D / r, MTBF = (T − D) / r. Here D = 26.119 s: MTTR = 3.7313 s, MTBF = 6.2687 s.
 *
 * <p><b>Measured</b>: the probes see each outage from its first failed probe to its first ok probe;
 * truth.json's observed_down/up times give D = 25.799 s: MTTR = 3.6856 s (−1.22 %), MTBF = 6.3144 s
 * (+0.73 %), within the 2 % the issue asks for.
 *
 * <p><b>Why 2 % holds here but is not guaranteed by the probing</b>: a probe's timestamp is its
 * start, so down ∈ [injected − 80 ms, injected + 100 ms] (a probe already waiting when a process is
 * frozen fails too) and up ∈ [serving again − 80 ms, serving again + 100 ms]. Each duration is off by
 * at most 180 ms either way, so MTTR and MTBF (U = T − D moves by −ΔD) are off by at most 180 ms:
 * 4.8 % of this MTTR and 2.9 % of this MTBF in the worst case. In this run the errors were −320 ms
 * in total (−46 ms per outage): the freezes are seen to end early (−73 ms, −11 ms, −73 ms) because a
 * probe started before SIGCONT succeeds. Both bounds are tested: 2 % and the 180 ms per-outage bound,
 * the latter also per fault type, where 2 % does not hold (freeze MTTR: 3.1000 s against 3.1883 s,
 * −2.8 %, within the bound).
 */
class ChaosRunRealDataTest {

    private static final double PROBE_INTERVAL_S = 0.100;
    private static final double PROBE_TIMEOUT_S = 0.080;
    /** Largest error of one outage's measured duration: interval + timeout. */
    private static final double DURATION_ERROR_BOUND_S = PROBE_INTERVAL_S + PROBE_TIMEOUT_S;

    private record Truth(double windowSeconds, int outages, double downtimeSeconds, double observedDowntimeSeconds,
                         Map<String, double[]> durationsByFault) {

        double mttr() {
            return downtimeSeconds / outages;
        }

        double mtbf() {
            return (windowSeconds - downtimeSeconds) / outages;
        }
    }

    private static Truth truth() {
        JsonNode root = JsonMapper.shared().readTree(RealFixtures.text("chaos/truth.json"));
        double window = (root.get("window_end_ms").asLong() - root.get("window_start_ms").asLong()) / 1000.0;
        double down = 0;
        double observed = 0;
        Map<String, double[]> byFault = new java.util.TreeMap<>();
        for (JsonNode f : root.get("faults")) {
            double d = (f.get("serving_again_at_ms").asLong() - f.get("injected_at_ms").asLong()) / 1000.0;
            down += d;
            observed += (f.get("observed_up_at_ms").asLong() - f.get("observed_down_at_ms").asLong()) / 1000.0;
            byFault.merge(f.get("fault_type").asString(), new double[] {d, 1},
                    (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
        }
        return new Truth(window, root.get("faults").size(), down, observed, byFault);
    }

    /** The window as the upload form states it, for the shapes whose files do not carry it. */
    private static Map<String, String> windowHints() {
        JsonNode root = JsonMapper.shared().readTree(RealFixtures.text("chaos/truth.json"));
        return Map.of("windowStart", root.get("window_start").asString(), "windowEnd", root.get("window_end").asString());
    }

    record Upload(String fixture, Importer importer, boolean needsWindow) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static List<Upload> uploads() {
        return List.of(
                new Upload("chaos/events.csv", new ChaosEventsCsvImporter(), false),     // experiment_start/end events
                new Upload("chaos/events.json", new ChaosEventsJsonImporter(), false),
                new Upload("chaos/probe-log.csv", new ProbeLogCsvImporter(), true),      // probes run 71.3 s
                new Upload("chaos/outage-table.csv", new OutageTableCsvImporter(), true)); // no window in the file
    }

    private static ReliabilityReport analyse(Upload upload) {
        List<ChaosData> chaos = RealFixtures.parse(upload.importer(), upload.fixture(),
                upload.needsWindow() ? windowHints() : Map.of()).chaos();
        return ReliabilityAnalyzer.analyse(chaos, ReliabilitySettings.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void mttrAndMtbfAreWithinTwoPercentOfTheInjectedSchedule(Upload upload) {
        Truth truth = truth();
        Close.exact(truth.windowSeconds(), 70.0);
        assertThat(truth.outages()).isEqualTo(7);
        Close.exact(truth.downtimeSeconds(), 26.119);     // 3.002 + 2.020 + 5.003 + 2.547 + 4.030 + 6.002 + 3.515
        Close.exact(truth.observedDowntimeSeconds(), 25.799);

        ReliabilityFigures service = analyse(upload).service();

        assertThat(service.failures()).isEqualTo(7);
        Close.exact(service.windowSeconds(), truth.windowSeconds());
        Close.exact(service.downtimeSeconds(), truth.observedDowntimeSeconds());
        double mttr = service.mttrSeconds();
        double mtbf = service.mtbfHours() * 3600;
        Close.exact(mttr, 25.799 / 7);
        Close.exact(mtbf, (70 - 25.799) / 7);
        Close.relative(mttr, truth.mttr(), 0.02);          // −1.22 %
        Close.relative(mtbf, truth.mtbf(), 0.02);          // +0.73 %
        assertThat(Math.abs(mttr - truth.mttr())).isLessThanOrEqualTo(DURATION_ERROR_BOUND_S);
        assertThat(Math.abs(mtbf - truth.mtbf())).isLessThanOrEqualTo(DURATION_ERROR_BOUND_S);
    }

    /** The shapes that say which fault caused an outage (a probe log cannot). */
    static List<Upload> uploadsWithFaultTypes() {
        return uploads().stream().filter(u -> !u.fixture().endsWith("probe-log.csv")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploadsWithFaultTypes")
    void perFaultTypeRepairTimesAreWithinTheProbeBound(Upload upload) {
        Truth truth = truth();
        List<ReliabilityFigures> rows = analyse(upload).byFaultType();

        assertThat(rows).extracting(ReliabilityFigures::name).containsExactly("process-freeze", "process-kill");
        for (ReliabilityFigures row : rows) {
            double[] sumAndCount = truth.durationsByFault().get(row.name());
            assertThat(row.failures()).isEqualTo((int) sumAndCount[1]);
            assertThat(Math.abs(row.mttrSeconds() - sumAndCount[0] / sumAndCount[1]))
                    .as("%s MTTR against the schedule", row.name())
                    .isLessThanOrEqualTo(DURATION_ERROR_BOUND_S);
        }
        // freeze: measured (1.901 + 3.999 + 3.400)/3 = 3.1 s, truth (2.020 + 4.030 + 3.515)/3 = 3.18833 s;
        // kill: measured (3.000 + 5.000 + 2.500 + 5.999)/4 = 4.12475 s, truth (3.002 + 5.003 + 2.547 + 6.002)/4 = 4.1385 s
        Close.exact(rows.get(0).mttrSeconds(), 3.1);
        Close.exact(rows.get(1).mttrSeconds(), 4.12475);
    }
}
