package dev.benchboard.stats.reliability;

import static dev.benchboard.stats.reliability.Chaos.experiment;
import static dev.benchboard.stats.reliability.Chaos.outage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.ReportedReliability;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Close;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilityAnalyzerTest {

    private static final ReliabilitySettings DEFAULTS = ReliabilitySettings.defaults();

    @Test
    void serviceFiguresFromOutagesAtExactTimes() {
        ReliabilityFigures f = ReliabilityAnalyzer.analyse(Chaos.fiveOutages(), DEFAULTS).service();

        assertThat(f.failures()).isEqualTo(5);
        Close.exact(f.windowSeconds(), 36_000);
        Close.exact(f.downtimeSeconds(), 1110);                  // 120 + 300 + 60 + 30 + 600
        Close.exact(f.uptimeSeconds(), 34_890);
        Close.exact(f.mttrSeconds(), 222);                        // 1110 / 5
        Close.exact(f.medianRepairSeconds(), 120);
        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([30,60,120,300,600],0.9))" → 480.0
        Close.exact(f.p90RepairSeconds(), 480);
        Close.exact(f.mtbfHours(), 34_890.0 / 5 / 3600);          // 1.93833… h
        Close.exact(f.availability(), 34_890.0 / 36_000);
        // /usr/bin/python3 -c "import numpy as np; print(repr(-np.log10(1-34890/36000)))" → 1.5109795219806292
        Close.exact(f.nines(), 1.5109795219806292);
        Close.exact(f.failureRatePerHour(), 5 / (34_890.0 / 3600)); // 0.51590713671539… per hour
    }

    @Test
    void mtbfIntervalIsTheTimeTerminatedChiSquaredInterval() {
        ReliabilityFigures f = ReliabilityAnalyzer.analyse(Chaos.fiveOutages(), DEFAULTS).service();
        // U = 34890/3600 h, r = 5:
        // /usr/bin/python3 -c "from scipy.stats import chi2; U=34890/3600; print(repr(2*U/chi2.ppf(0.975,12)),
        //   repr(2*U/chi2.ppf(0.025,10)))" → 0.8305957184610102 5.969663020063713
        // (Rscript: 2*U/qchisq(0.975,12), 2*U/qchisq(0.025,10) → 0.83059571846101043 5.96966302006371308)
        Close.exact(f.mtbfCiHours().lower(), 0.8305957184610102);
        Close.exact(f.mtbfCiHours().upper(), 5.969663020063713);
        assertThat(f.mtbfCiHours().confidenceLevel()).isEqualTo(0.95);
        // Failure-rate interval is its reciprocal.
        Close.exact(f.failureRateCiPerHour().lower(), 1 / 5.969663020063713);
        Close.exact(f.failureRateCiPerHour().upper(), 1 / 0.8305957184610102);
        // Availability interval with MTTR = 222 s held fixed: lo/(lo + 222/3600), hi/(hi + 222/3600)
        // /usr/bin/python3 (same lo, hi): → 0.9308872953802232 0.9897756100446076
        Close.exact(f.availabilityCi().lower(), 0.9308872953802232);
        Close.exact(f.availabilityCi().upper(), 0.9897756100446076);
    }

    @Test
    void noFailuresGivesALowerMtbfBoundOnly() {
        ReliabilityFigures f = ReliabilityAnalyzer.analyse(experiment("quiet", 36_000, List.of()), DEFAULTS).service();

        assertThat(f.failures()).isZero();
        assertThat(f.mttrSeconds()).isNull();
        assertThat(f.mtbfHours()).isNull();
        assertThat(f.nines()).isNull();
        Close.exact(f.availability(), 1.0);
        assertThat(f.failureRatePerHour()).isZero();
        // /usr/bin/python3 -c "from scipy.stats import chi2; print(repr(2*10/chi2.ppf(0.975,2)))" → 2.7108503068181684
        Close.exact(f.mtbfCiHours().lower(), 2.7108503068181684);
        assertThat(f.mtbfCiHours().upperBounded()).isFalse();
        assertThat(f.failureRateCiPerHour().lower()).isZero();
        Close.exact(f.failureRateCiPerHour().upper(), 1 / 2.7108503068181684);
        assertThat(f.availabilityCi()).isNull();
        assertThat(f.warnings()).anyMatch(w -> w.english().contains("no failures"));
    }

    @Test
    void overlappingOutagesCountOnceAtServiceLevelAndSeparatelyPerComponent() {
        // api down 600–900 s, db down 720–1200 s: the service is down 600–1200 s (one failure of 600 s).
        ChaosData data = experiment("overlap", 3600, List.of(
                outage("network-partition", "api", 590, 600, 900),
                outage("cpu-saturation", "db", 700, 720, 1200)));
        ReliabilityReport report = ReliabilityAnalyzer.analyse(data, DEFAULTS);

        assertThat(report.service().failures()).isEqualTo(1);
        assertThat(report.service().outagesMerged()).isEqualTo(1);
        Close.exact(report.service().downtimeSeconds(), 600);
        assertThat(report.service().warnings()).anyMatch(w -> w.english().contains("union of intervals"));
        ReliabilityFigures api = row(report.byComponent(), "api");
        ReliabilityFigures db = row(report.byComponent(), "db");
        Close.exact(api.downtimeSeconds(), 300);
        Close.exact(db.downtimeSeconds(), 480);
        Close.exact(api.availability(), 3300.0 / 3600);
        Close.exact(db.availability(), 3120.0 / 3600);
    }

    @Test
    void breakdownPerFaultTypeAndComponentUsesEachOnesOwnOutages() {
        ReliabilityReport report = ReliabilityAnalyzer.analyse(Chaos.fiveOutages(), DEFAULTS);

        assertThat(report.byFaultType()).extracting(ReliabilityFigures::name)
                .containsExactly("cpu-saturation", "memory-leak", "network-partition", "process-kill");
        ReliabilityFigures partition = row(report.byFaultType(), "network-partition");
        assertThat(partition.failures()).isEqualTo(2);
        Close.exact(partition.downtimeSeconds(), 180);
        Close.exact(partition.mttrSeconds(), 90);
        Close.exact(partition.mtbfHours(), (36_000 - 180) / 2.0 / 3600);
        ReliabilityFigures api = row(report.byComponent(), "api");
        assertThat(api.failures()).isEqualTo(3);
        Close.exact(api.downtimeSeconds(), 210);
        ReliabilityFigures db = row(report.byComponent(), "db");
        assertThat(db.failures()).isEqualTo(2);
        Close.exact(db.downtimeSeconds(), 900);
    }

    @Test
    void poolingSumsUptimeDowntimeAndFailuresInsteadOfAveragingMtbfs() {
        ChaosData one = experiment("run-1", 36_000, List.of(outage("process-kill", "api", 1000, 1000, 1100)));
        ChaosData four = experiment("run-2", 36_000, List.of(
                outage("process-kill", "api", 1000, 1000, 1100),
                outage("process-kill", "api", 5000, 5000, 5100),
                outage("process-kill", "api", 9000, 9000, 9100),
                outage("process-kill", "api", 13_000, 13_000, 13_100)));
        ReliabilityFigures pooled = ReliabilityAnalyzer.analyse(List.of(one, four), DEFAULTS).service();

        assertThat(pooled.experiments()).isEqualTo(2);
        assertThat(pooled.failures()).isEqualTo(5);
        Close.exact(pooled.windowSeconds(), 72_000);
        Close.exact(pooled.downtimeSeconds(), 500);
        // Σ U / Σ r = 71,500 s / 5 = 14,300 s = 3.97222… h
        Close.exact(pooled.mtbfHours(), 14_300.0 / 3600);
        // Averaging the runs' MTBFs would give (35,900 + 8,900)/2 s = 6.2222… h: not what we report.
        double averaged = (35_900.0 + 8_900.0) / 2 / 3600;
        assertThat(Math.abs(pooled.mtbfHours() - averaged)).isGreaterThan(2.0);
        // The χ² interval uses the pooled U and r: 2·(71500/3600)/χ²(0.975; 12)
        // /usr/bin/python3 -c "from scipy.stats import chi2; print(repr(2*71500/3600/chi2.ppf(0.975,12)))"
        //   → 1.7021379727704853
        Close.exact(pooled.mtbfCiHours().lower(), 1.7021379727704853);
    }

    @Test
    void detectAndRecoverTimesPerFaultType() {
        List<FaultTimings> timings = ReliabilityAnalyzer.analyse(Chaos.fiveOutages(), DEFAULTS).timings();

        FaultTimings partition = timings.stream().filter(t -> t.faultType().equals("network-partition")).findFirst()
                .orElseThrow();
        // detect 5 s and 2 s; recover 120 s and 60 s
        assertThat(partition.timeToDetect().n()).isEqualTo(2);
        Close.exact(partition.timeToDetect().meanSeconds(), 3.5);
        Close.exact(partition.timeToDetect().medianSeconds(), 3.5);
        Close.exact(partition.timeToDetect().maxSeconds(), 5);
        Close.exact(partition.timeToRecover().meanSeconds(), 90);
        Close.exact(partition.timeToRecover().maxSeconds(), 120);
        FaultTimings all = timings.getLast();
        assertThat(all.faultType()).isEqualTo("all");
        // detect 5, 10, 2, 1, 600 → mean 123.6, median 5
        Close.exact(all.timeToDetect().meanSeconds(), 123.6);
        Close.exact(all.timeToDetect().medianSeconds(), 5);
    }

    @Test
    void errorBudgetAndProbabilityTheSloIsMet() {
        ReliabilityReport report = ReliabilityAnalyzer.analyse(Chaos.fiveOutages(), DEFAULTS.withAvailabilitySlo(0.95));
        ErrorBudget budget = report.errorBudget();

        // By hand: allowed = (1 − 0.95)·36,000 = 1,800 s; spent 1,110/1,800 = 0.61666…; remaining 690 s.
        Close.exact(budget.allowedDowntimeSeconds(), 1800);
        Close.exact(budget.spentFraction(), 1110.0 / 1800);
        Close.exact(budget.remainingSeconds(), 690);
        assertThat(budget.meetsSloObserved()).isTrue();
        // required MTBF = 0.95·222/0.05 s = 4,218 s = 1.171666… h
        Close.exact(budget.requiredMtbfHours(), 4218.0 / 3600);
        // /usr/bin/python3 -c "from scipy.stats import chi2; print(repr(chi2.cdf(2*34890/4218, 12)))" → 0.8324043345861787
        Close.exact(budget.probabilitySloMet(), 0.8324043345861787);
    }

    @Test
    void overspentErrorBudget() {
        ErrorBudget budget = ErrorBudget.evaluate(0.99, 36_000, 1110, 5);
        // allowed 360 s, spent 1110/360 = 3.0833…, remaining −750 s
        Close.exact(budget.allowedDowntimeSeconds(), 360);
        Close.exact(budget.spentFraction(), 1110.0 / 360);
        Close.exact(budget.remainingSeconds(), -750);
        assertThat(budget.meetsSloObserved()).isFalse();
        // /usr/bin/python3 -c "from scipy.stats import chi2; print(repr(chi2.cdf(2*34890/(0.99*222/0.01), 12)))"
        //   → 0.005822621781089527
        Close.exact(budget.probabilitySloMet(), 0.005822621781089527);
    }

    @Test
    void errorBudgetWithoutFailuresHasNoProbability() {
        ErrorBudget budget = ErrorBudget.evaluate(0.999, 36_000, 0, 0);
        Close.exact(budget.allowedDowntimeSeconds(), 36);
        assertThat(budget.spentFraction()).isZero();
        assertThat(budget.probabilitySloMet()).isNull();
        assertThat(budget.warnings()).isNotEmpty();
    }

    @Test
    void resilienceScoreIsTheWeightedMeanOfProbeSuccess() {
        ChaosData data = Chaos.withExtras(Chaos.fiveOutages(), List.of(), List.of(
                new LitmusResult("engine-pod-delete", "pod-delete", "Pass", 100, 3, 0),
                new LitmusResult("engine-network-loss", "network-loss", "Fail", 50, 1, 2),
                new LitmusResult("engine-cpu-hog", "cpu-hog", "Pass", 80, 2, 0)));
        ReliabilitySettings settings = DEFAULTS.withLitmusWeights(Map.of("pod-delete", 2.0));
        ResilienceScore score = ReliabilityAnalyzer.analyse(data, settings).resilience();

        // (2·100 + 1·50 + 1·80) / (2 + 1 + 1) = 82.5
        Close.exact(score.scorePercent(), 82.5);
        Close.exact(score.totalWeight(), 4);
        assertThat(score.contributions()).extracting(ResilienceScore.Contribution::weight).containsExactly(2.0, 1.0, 1.0);
    }

    @Test
    void reportedFiguresArePassedThroughSeparately() {
        ReportedReliability reported = new ReportedReliability("network-partition", 2.5, 95, 0.4, 3);
        ChaosData data = Chaos.withExtras(Chaos.fiveOutages(), List.of(reported), List.of());
        ReliabilityReport report = ReliabilityAnalyzer.analyse(data, DEFAULTS);

        assertThat(report.reported()).containsExactly(new ReportedFigures("exp-a", reported, "reported"));
        // Our own partition MTTR is still computed from the outages (90 s), not the reported 95 s.
        Close.exact(row(report.byFaultType(), "network-partition").mttrSeconds(), 90);
    }

    @Test
    void outagesBeyondTheWindowAreClippedAndMissingWindowsExcluded() {
        ChaosData clipped = experiment("edge", 3600, List.of(
                outage("process-kill", "api", 3400, 3500, 3700),         // 100 s inside, 100 s after the end
                new Outage("process-kill", "api", null, Chaos.at(7200), Chaos.at(7300)))); // wholly after
        ChaosData noWindow = new ChaosData("no-window", null, null, List.of(),
                List.of(outage("process-kill", "api", 10, 10, 20)), List.of(), List.of());
        ReliabilityReport report = ReliabilityAnalyzer.analyse(List.of(clipped, noWindow), DEFAULTS);

        assertThat(report.experiments()).containsExactly("edge");
        assertThat(report.service().failures()).isEqualTo(1);
        Close.exact(report.service().downtimeSeconds(), 100);
        assertThat(Sentence.in(report.warnings(), Locale.ENGLISH)).anyMatch(w -> w.contains("clipped"))
                .anyMatch(w -> w.contains("outside the observation window"))
                .anyMatch(w -> w.contains("no-window"));
    }

    @Test
    void experimentsWithoutANameAreNamedByTheirPosition() {
        // A probe log or event log uploaded without an experiment name in the form has experiment = null.
        ChaosData unnamed = experiment(null, 3600, List.of(outage("process-kill", "api", 10, 10, 20),
                new Outage("process-kill", "api", null, null, Chaos.at(30))));
        ChaosData blank = new ChaosData(" ", null, null, List.of(), List.of(outage("process-kill", "api", 1, 1, 2)),
                List.of(), List.of());
        ReliabilityReport report = ReliabilityAnalyzer.analyse(List.of(Chaos.fiveOutages(), unnamed, blank), DEFAULTS);

        assertThat(report.experiments()).containsExactly("exp-a", "experiment 2");
        assertThat(report.service().failures()).isEqualTo(6);
        assertThat(Sentence.in(report.warnings(), Locale.ENGLISH)).contains("experiment 2, outage 2: no down time, ignored",
                "experiment 3: observation window missing or empty; its outages are not used (state the window in the"
                        + " upload form)");
    }

    @Test
    void faultTypeExposureCoversOnlyExperimentsThatExercisedIt() {
        // run-2 injected cpu-saturation (event) but saw no outage: it adds exposure with r = 0 for that fault.
        ChaosData first = experiment("run-1", 36_000, List.of(outage("cpu-saturation", "db", 100, 100, 400)));
        ChaosData second = new ChaosData("run-2", Chaos.T0, Chaos.at(36_000),
                List.of(new ChaosEvent(Chaos.at(50), "fault_injected", "cpu-saturation", "db", null)),
                List.of(outage("process-kill", "api", 1000, 1000, 1010)), List.of(), List.of());
        ReliabilityReport report = ReliabilityAnalyzer.analyse(List.of(first, second), DEFAULTS);

        ReliabilityFigures cpu = row(report.byFaultType(), "cpu-saturation");
        Close.exact(cpu.windowSeconds(), 72_000);
        ReliabilityFigures kill = row(report.byFaultType(), "process-kill");
        Close.exact(kill.windowSeconds(), 36_000);
        assertThat(kill.experiments()).isEqualTo(1);
    }

    private static ReliabilityFigures row(List<ReliabilityFigures> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theRepairQuantileMethodSpellsOutTheSharedPercentileDefinition() {
        // The template writes Quantiles.PERCENTILE_DEFINITION out (so that it reads in each language): it must not drift.
        assertThat(ReliabilityAnalyzer.METHODS.get(3).english())
                .isEqualTo("Median and P90 of repair durations: " + dev.benchboard.stats.common.Quantiles.PERCENTILE_DEFINITION + ".");
    }
}
