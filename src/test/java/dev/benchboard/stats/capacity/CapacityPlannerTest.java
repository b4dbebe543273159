package dev.benchboard.stats.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.Close;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values by hand and /usr/bin/python3 with the sweep of {@link Sweeps}:
 * <pre>
 * cap = X[5] + (10 − P[5])·(X[6] − X[5])/(P[6] − P[5])      # SLO 10 ms between N=32 and N=64
 * base = ceil(50000·1.3/cap); inst = base + 1; load = 50000/inst
 * </pre>
 */
class CapacityPlannerTest {

    // → 15310.7 + 2.1·3236.5/7.3 = 16241.74794520548
    private static final double CAPACITY_AT_10MS = 16241.74794520548;

    @Test
    void sloCapacityIsInterpolatedBetweenTheBracketingPoints() {
        SloCapacity slo = SloCapacity.estimate(Sweeps.realistic(), 10);
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.INTERPOLATED);
        assertThat(slo.extrapolationNeeded()).isFalse();
        Close.exact(slo.capacityQps(), CAPACITY_AT_10MS);
        assertThat(slo.lower().concurrency()).isEqualTo(32);
        assertThat(slo.upper().concurrency()).isEqualTo(64);
    }

    @Test
    void sloAboveEveryPointIsALowerBoundAndFlagged() {
        SloCapacity slo = SloCapacity.estimate(Sweeps.realistic(), 200);
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.SLO_NOT_REACHED);
        assertThat(slo.extrapolationNeeded()).isTrue();
        Close.exact(slo.capacityQps(), 20059.4);     // highest measured, not extrapolated
        assertThat(slo.warnings()).anyMatch(w -> w.english().contains("at least 20059.4"));
    }

    @Test
    void sloBelowEveryPointGivesNoCapacity() {
        SloCapacity slo = SloCapacity.estimate(Sweeps.realistic(), 1.5);
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.BELOW_MEASURED_RANGE);
        assertThat(slo.capacityQps()).isNull();
        assertThat(slo.extrapolationNeeded()).isTrue();
    }

    @Test
    void pastThePeakTheHighestCompliantMeasurementWins() {
        // Throughput falls from 1000 to 900 while P99 crosses 20 ms: interpolation would give 950, but 1000 req/s
        // were measured within the SLO.
        List<SweepPoint> sweep = List.of(new SweepPoint(1, 500, 5.0), new SweepPoint(2, 1000, 10.0),
                new SweepPoint(4, 900, 30.0));
        SloCapacity slo = SloCapacity.estimate(sweep, 20);
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.MEASURED);
        Close.exact(slo.capacityQps(), 1000);
    }

    @Test
    void fullPlanWithUtilisationCostLittleAndErlang() {
        CapacityInputs inputs = new CapacityInputs(50_000.0, 10.0, 30, 1, 8, 0.25);
        CapacityPlan plan = CapacityPlanner.plan(Sweeps.realistic(), inputs);
        InstancePlan p = plan.instances();

        // 65000 / 16241.75 = 4.002 → base 5, + k = 1 → 6 instances
        assertThat(p.baseInstances()).isEqualTo(5);
        assertThat(p.instances()).isEqualTo(6);
        Close.exact(p.loadPerInstanceQps(), 50_000.0 / 6);
        // → util 0.5130810650089734; after losing 1: 50000/5/cap → 0.6156972780107681
        Close.exact(p.utilisation(), 0.5130810650089734);
        Close.exact(p.utilisationAfterLoss(), 0.6156972780107681);
        Close.exact(p.monthlyCost(), 1095.0);        // 6 × 0.25 × 730
        assertThat(p.capacityIsLowerBound()).isFalse();

        // Little: load 8333.3 lies between N=8 (6195.2) and N=16 (10397.5); W = 1000·N/X interpolated
        // → W 1.4172551445465424 ms, L per instance 11.810459537887855, fleet 70.86275722732712
        LittlesLaw little = plan.littlesLaw();
        Close.exact(little.meanLatencyMs(), 1.4172551445465424);
        Close.exact(little.perInstanceConcurrency(), 11.810459537887855);
        Close.exact(little.fleetConcurrency(), 70.86275722732712);
        assertThat(little.latencySource().english()).startsWith("N/X");

        // Erlang: c = 8, μ = 20059.4/8, λ = 8333.3 → P(wait) 0.022700807098778402, mean 0.0019359268324227845 ms,
        // P99 0.06991392844490434 ms (factorial formula, see ErlangCTest)
        ErlangCheck erlang = plan.erlang();
        Close.exact(erlang.probabilityOfWaiting(), 0.022700807098778402);
        Close.exact(erlang.meanWaitMs(), 0.0019359268324227845);
        Close.exact(erlang.p99WaitMs(), 0.06991392844490434);
        Close.exact(erlang.utilisation(), 0.415432831158127);
        assertThat(plan.usl().fitted()).isTrue();
    }

    @Test
    void integerRatiosDoNotGainAnInstanceFromRoundingNoise() {
        // 300 × 1.1 / 110 = 3.0000000000000004 in doubles; the plan needs exactly 3 (+0).
        InstancePlan p = InstancePlan.of(300, 10, 0, 110, null, false);
        assertThat(p.baseInstances()).isEqualTo(3);
        assertThat(p.monthlyCost()).isNull();
        Close.exact(p.utilisation(), 100.0 / 110);
        // A ratio just above an integer does round up: 301 × 1.1 / 110 = 3.01 → 4
        assertThat(InstancePlan.of(301, 10, 0, 110, null, false).baseInstances()).isEqualTo(4);
    }

    @Test
    void missingRequirementsSayWhatIsMissing() {
        CapacityPlan noSlo = CapacityPlanner.plan(Sweeps.realistic(), new CapacityInputs(1000.0, null, 0, 0, null, null));
        assertThat(noSlo.sloCapacity()).isNull();
        assertThat(noSlo.warnings()).anyMatch(w -> w.english().contains("no P99 SLO"));
        CapacityPlan tooTight = CapacityPlanner.plan(Sweeps.realistic(), new CapacityInputs(1000.0, 1.0, 0, 0, 4, null));
        assertThat(tooTight.instances()).isNull();
        assertThat(tooTight.sloCapacity().status()).isEqualTo(SloCapacity.Status.BELOW_MEASURED_RANGE);
    }

    @Test
    void measuredMeanLatencyIsPreferredForLittlesLaw() {
        List<SweepPoint> sweep = List.of(new SweepPoint(1, 1000, 2.0, 1.0), new SweepPoint(2, 1800, 3.0, 1.2),
                new SweepPoint(4, 3000, 6.0, 1.5), new SweepPoint(8, 3500, 20.0, 2.5));
        // SLO 10 ms: cap = 3000 + 4·500/14 = 3142.857…; target 2000, 0 headroom, k 0 → 1 instance at 2000 req/s;
        // W = 1.2 + (2000 − 1800)·0.3/1200 = 1.25 ms → L = 2000 × 1.25 ms = 2.5
        CapacityPlan plan = CapacityPlanner.plan(sweep, new CapacityInputs(2000.0, 10.0, 0, 0, null, null));
        assertThat(plan.instances().instances()).isEqualTo(1);
        Close.exact(plan.littlesLaw().meanLatencyMs(), 1.25);
        Close.exact(plan.littlesLaw().perInstanceConcurrency(), 2.5);
        assertThat(plan.littlesLaw().latencySource().english()).isEqualTo("measured mean");
        assertThat(plan.usl().status()).isEqualTo(UslFit.Status.INSUFFICIENT_POINTS);
    }
}
