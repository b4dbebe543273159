package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.RunData;
import dev.benchboard.stats.capacity.CapacityInputs;
import dev.benchboard.stats.capacity.CapacityPlan;
import dev.benchboard.stats.capacity.CapacityPlanner;
import dev.benchboard.stats.capacity.InstancePlan;
import dev.benchboard.stats.capacity.FitPoint;
import dev.benchboard.stats.capacity.SloCapacity;
import dev.benchboard.stats.capacity.SweepPoint;
import dev.benchboard.stats.capacity.UslFit;
import dev.benchboard.stats.common.Close;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capacity planning from two real concurrency sweeps (fixtures/sweep, see the README there): wrk 4.1.0
 * against Gin 1.8.1 (net/http) and against fasthttp 1.31.0, each server on one core (GOMAXPROCS=1), nine
 * levels N = 1 … 256, parsed by the wrk importer exactly as uploads are.
 *
 * <p>USL reference: scipy.optimize.curve_fit (Debian's python3-scipy 1.10.1) on the same points:
 * <pre>
 * /usr/bin/python3 -c "
 * import numpy as np; from scipy.optimize import curve_fit
 * usl=lambda N,l,s,k: l*N/(1+s*(N-1)+k*N*(N-1))
 * N=np.array([1,2,4,8,16,32,64,128,256.])
 * for X in (np.array([23020.33,45288.82,44354.26,45018.68,50970.95,47999.78,39084.54,32367.00,33683.16]),
 *           np.array([26613.25,58388.76,68728.88,75365.16,91708.84,81517.85,78341.13,81960.88,51640.07])):
 *   p,c=curve_fit(usl,N,X,p0=[X[0],0.1,1e-4],method='lm',ftol=1e-15,xtol=1e-15,gtol=1e-15,maxfev=100000)
 *   r=X-usl(N,*p); print(repr(p.tolist()), 1-np.sum(r**2)/np.sum((X-X.mean())**2), np.sqrt((1-p[1])/p[2]))"
 * → gin:      [29211.578688384623, 0.5469453905673586, 0.001919665806152173]  R² 0.724173904848429   N* 15.36252002858936
 * → fasthttp: [34342.974164780746, 0.34268413328997843, 0.0010222072327099867] R² 0.8941158641093585 N* 25.358150969679873
 * </pre>
 * Both σ, κ > 0, so no bound is active. Started from p0 = [X(1), 0.5, 1e-3] instead, the optimum moves by
 * under 3e-8 relative, so 1e-6 relative is a fair tolerance for two iterative fits. The same figures come
 * from {@code src/test/fixtures-tools/sweep_reference.py src/test/resources/fixtures/sweep}, which also
 * parses the files with its own regexes and prints the SLO-bound capacities below with their arithmetic
 * ({@code --slo MS --target QPS --headroom PCT --k K}).
 */
class CapacityFromSweepTest {

    /** One printed figure per file: N from "N connections", Requests/sec, and the 99% line (ms). */
    private record Printed(int connections, double requestsPerSecond, double p99Ms) {}

    // Copied from the files: `grep -H -e connections -e 'Requests/sec' -e ' 99%' fixtures/sweep/gin/c*.txt`.
    private static final List<Printed> GIN = List.of(
            new Printed(1, 23020.33, 0.199), new Printed(2, 45288.82, 0.287), new Printed(4, 44354.26, 1.30),
            new Printed(8, 45018.68, 0.796), new Printed(16, 50970.95, 1.39), new Printed(32, 47999.78, 2.22),
            new Printed(64, 39084.54, 4.67), new Printed(128, 32367.00, 9.33), new Printed(256, 33683.16, 16.97));

    private static final List<Printed> FASTHTTP = List.of(
            new Printed(1, 26613.25, 0.100), new Printed(2, 58388.76, 0.098), new Printed(4, 68728.88, 0.217),
            new Printed(8, 75365.16, 3.55), new Printed(16, 91708.84, 4.17), new Printed(32, 81517.85, 4.10),
            new Printed(64, 78341.13, 2.85), new Printed(128, 81960.88, 5.19), new Printed(256, 51640.07, 9.15));

    /** Demo requirements (data/demo/evaluation.json): 40,000 req/s, 30 % headroom, N + 1. */
    private static CapacityInputs inputs(double target, double p99SloMs) {
        return new CapacityInputs(target, p99SloMs, 30, 1, null, null);
    }

    @Test
    void theSweepPointsAreTheFiguresWrkPrinted() {
        assertPrinted("gin", GIN);
        assertPrinted("fasthttp", FASTHTTP);
    }

    private static void assertPrinted(String server, List<Printed> printed) {
        List<SweepPoint> points = SweepFixtures.points(server);
        assertThat(points).hasSize(printed.size());
        for (int i = 0; i < printed.size(); i++) {
            Printed p = printed.get(i);
            RunData run = SweepFixtures.run(server, p.connections());
            assertThat(run.settings()).containsEntry("connections", String.valueOf(p.connections()));
            assertThat(points.get(i).concurrency()).isEqualTo(p.connections());
            assertThat(points.get(i).throughput()).isEqualTo(p.requestsPerSecond());
            // "637.00us" → 0.637 ms: the unit conversion is the only arithmetic here.
            assertThat(points.get(i).p99Ms()).isCloseTo(p.p99Ms(), within(1e-12));
            assertThat(run.coordinatedOmission()).as("wrk is closed-loop").isTrue();
        }
    }

    @Test
    void ginUslFitAgreesWithScipy() {
        UslFit fit = CapacityPlanner.plan(SweepFixtures.points("gin"), inputs(40_000, 15)).usl();

        assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
        assertThat(fit.n()).isEqualTo(9);
        assertThat(fit.fixedAtZero()).isEmpty();
        Close.relative(fit.lambda(), 29211.578688384623, 1e-6);
        Close.relative(fit.sigma(), 0.5469453905673586, 1e-6);
        Close.relative(fit.kappa(), 0.001919665806152173, 1e-6);
        Close.relative(fit.rSquared(), 0.724173904848429, 1e-9);
        Close.relative(fit.peakConcurrency(), 15.36252002858936, 1e-6);
    }

    @Test
    void fasthttpUslFitAgreesWithScipy() {
        UslFit fit = CapacityPlanner.plan(SweepFixtures.points("fasthttp"), inputs(40_000, 15)).usl();

        assertThat(fit.status()).isEqualTo(UslFit.Status.FITTED);
        assertThat(fit.n()).isEqualTo(9);
        assertThat(fit.fixedAtZero()).isEmpty();
        Close.relative(fit.lambda(), 34342.974164780746, 1e-6);
        Close.relative(fit.sigma(), 0.34268413328997843, 1e-6);
        Close.relative(fit.kappa(), 0.0010222072327099867, 1e-6);
        Close.relative(fit.rSquared(), 0.8941158641093585, 1e-9);
        Close.relative(fit.peakConcurrency(), 25.358150969679873, 1e-6);
    }

    @Test
    void fasthttpAtTwoMillisecondsIsInterpolatedBetweenTheBracketingPointsAndSizesTheFleet() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("fasthttp"), inputs(1_000_000, 2));

        // P99 by N: 0.100, 0.098, 0.217 ≤ 2; first over the SLO is N = 8 (3.55 ms), so a = N 4, b = N 8:
        // X = 68728.88 + (2 − 0.217)·(75365.16 − 68728.88)/(3.55 − 0.217)
        //   = 68728.88 + 1.783·6636.28/3.333 = 68728.88 + 3550.101182… = 72278.981182…
        // It beats the highest throughput before the crossing (68728.88 at N 4), so it is the capacity.
        SloCapacity slo = plan.sloCapacity();
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.INTERPOLATED);
        assertThat(slo.lower().concurrency()).isEqualTo(4);
        assertThat(slo.upper().concurrency()).isEqualTo(8);
        Close.relative(slo.capacityQps(), 68728.88 + (2 - 0.217) * (75365.16 - 68728.88) / (3.55 - 0.217), 1e-12);
        Close.relative(slo.capacityQps(), 72278.98118211821, 1e-12);
        // The fit pools N 1–2 and N 16–64 (not monotone), but on the same side of 2 ms as measured.
        assertThat(slo.fit()).noneMatch(FitPoint::acrossSlo);
        assertThat(slo.fit()).filteredOn(FitPoint::disagrees).extracting(FitPoint::concurrency)
                .containsExactly(1.0, 2.0, 16.0, 32.0, 64.0);

        // ⌈1,000,000 · 1.30 / 72278.9812…⌉ + 1 = ⌈17.9859…⌉ + 1 = 18 + 1 = 19
        assertThat(plan.instances().baseInstances()).isEqualTo(18);
        assertThat(plan.instances().instances()).isEqualTo(19);
    }

    @Test
    void ginAtAQuarterMillisecondIsInterpolatedBetweenTheFirstTwoPoints() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("gin"), inputs(40_000, 0.25));

        // P99 0.199 ms at N 1, 0.287 ms at N 2:
        // X = 23020.33 + (0.25 − 0.199)·(45288.82 − 23020.33)/(0.287 − 0.199)
        //   = 23020.33 + 0.051·22268.49/0.088 = 23020.33 + 12905.602159… = 35925.932159…
        SloCapacity slo = plan.sloCapacity();
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.INTERPOLATED);
        assertThat(slo.lower().concurrency()).isEqualTo(1);
        assertThat(slo.upper().concurrency()).isEqualTo(2);
        Close.relative(slo.capacityQps(), 35925.93215909091, 1e-12);

        // ⌈40,000 · 1.30 / 35925.9322…⌉ + 1 = ⌈1.44742…⌉ + 1 = 2 + 1 = 3
        assertThat(plan.instances().baseInstances()).isEqualTo(2);
        assertThat(plan.instances().instances()).isEqualTo(3);
    }

    @Test
    void ginAtTheDemoSloTakesTheHigherThroughputMeasuredBeforeTheCrossing() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("gin"), inputs(40_000, 15));

        // First P99 over 15 ms is N 256 (16.97 ms); before it N 128 (9.33 ms). Interpolated:
        // 32367.00 + (15 − 9.33)·(33683.16 − 32367.00)/(16.97 − 9.33) = 32367.00 + 976.78… = 33343.78,
        // below the 50970.95 req/s measured at N 16 within the SLO, so the capacity is 50970.95 (throughput
        // had already peaked: more load brought none).
        SloCapacity slo = plan.sloCapacity();
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.MEASURED);
        assertThat(slo.capacityQps()).isEqualTo(50970.95);
        assertThat(slo.lower().concurrency()).isEqualTo(128);
        assertThat(slo.upper().concurrency()).isEqualTo(256);

        // ⌈40,000 · 1.30 / 50970.95⌉ + 1 = ⌈1.02019⌉ + 1 = 2 + 1 = 3
        assertThat(plan.instances().instances()).isEqualTo(3);
        Close.relative(plan.instances().utilisation(), 40_000.0 / 3 / 50970.95, 1e-12);
    }

    @Test
    void fasthttpAtTheDemoSloNeverReachesItAndSaysTheCapacityIsALowerBound() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("fasthttp"), inputs(40_000, 15));

        // The highest P99 of the sweep is 9.15 ms (N 256): the SLO of 15 ms is never reached, so the figure
        // is the highest throughput measured (91708.84 req/s at N 16), flagged as a lower bound, not
        // extrapolated from the USL curve.
        SloCapacity slo = plan.sloCapacity();
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.SLO_NOT_REACHED);
        assertThat(slo.capacityQps()).isEqualTo(91708.84);
        assertThat(slo.extrapolationNeeded()).isTrue();
        assertThat(slo.warnings()).anyMatch(w -> w.english().contains("at least 91708.84 req/s"));

        // ⌈40,000 · 1.30 / 91708.84⌉ + 1 = ⌈0.56700⌉ + 1 = 1 + 1 = 2
        assertThat(plan.instances().instances()).isEqualTo(2);
    }

    /**
     * Issue 12 item 9 on the published Gin sweep: the N = 4 file (round 2 of three, see machine.txt) printed a P99
     * of 1.30 ms while N = 8 and N = 16 printed 0.796 and 1.39 ms (its other two rounds: 0.435 and 0.384 ms).
     * With an SLO of 1.2 ms the old rule stopped at the first raw point over it and sized on N = 2:
     * 45288.82 + (1.2 − 0.287)·(44354.26 − 45288.82)/(1.30 − 0.287) = 44446.52 < 45288.82 → 45288.82 req/s.
     * The isotonic fit (IsotonicFitTest, sklearn) pools N 4 and 8 to 1.048 ms, under the SLO, and crosses it
     * between N 8 (1.048) and N 16 (1.39):
     * /usr/bin/python3 -c "print(repr(45018.68 + (1.2-1.048)*(50970.95-45018.68)/(1.39-1.048)))" → 47664.13333333333
     */
    @Test
    void ginAtOnePointTwoMillisecondsFollowsTheFitNotTheSpikeAtFourConnections() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("gin"), inputs(150_000, 1.2));

        SloCapacity slo = plan.sloCapacity();
        assertThat(slo.status()).isEqualTo(SloCapacity.Status.INTERPOLATED);
        assertThat(slo.lower().concurrency()).isEqualTo(8);
        assertThat(slo.upper().concurrency()).isEqualTo(16);
        Close.relative(slo.lower().fittedP99Ms(), 1.048, 1e-12);
        Close.relative(slo.capacityQps(), 47664.13333333333, 1e-12);

        FitPoint spike = slo.fit().get(2);
        assertThat(spike.concurrency()).isEqualTo(4);
        assertThat(spike.measuredP99Ms()).isEqualTo(1.30);
        assertThat(spike.disagrees()).isTrue();
        assertThat(spike.acrossSlo()).as("measured over 1.2 ms, fitted under").isTrue();
        assertThat(slo.fit()).filteredOn(FitPoint::disagrees).extracting(FitPoint::concurrency).containsExactly(4.0, 8.0);
        assertThat(slo.warnings()).anyMatch(w -> w.english().startsWith("N = 4 measured P99 1.3 ms, over the SLO of 1.2 ms,"
                + " but the fit puts it at 1.048 ms"));

        // ⌈150,000 · 1.30 / 47664.13⌉ + 1 = ⌈4.0911⌉ + 1 = 6 (before: ⌈4.3057⌉ + 1 = 6 as well)
        assertThat(plan.instances().instances()).isEqualTo(6);
    }

    /**
     * Repeated runs weigh more: N = 8 from all three rounds (runs/c8-r1..3: P99 796, 844, 716 µs → median 0.796 ms,
     * Requests/sec median 45018.68), every other level from its one published file. Through the report's own
     * grouping (CapacitySection, as uploads are read) the fit pools (1.30 + 3·0.796)/4 = 0.922 ms at N 4 and 8
     * (IsotonicFitTest: sklearn with sample_weight) and crosses 1.2 ms between N 8 and 16:
     * /usr/bin/python3 -c "print(repr(45018.68 + (1.2-0.922)*(50970.95-45018.68)/(1.39-0.922)))" → 48554.430128205124
     */
    @Test
    void repeatedRunsAtOneLevelWeighTheFitByTheirNumber() {
        List<Evidence.RunItem> items = new ArrayList<>();
        for (int n : SweepFixtures.LEVELS) {
            if (n == 8) {
                for (int round = 1; round <= 3; round++) items.add(item(items.size(), SweepFixtures.file("gin/runs/c8-r" + round + ".txt")));
            } else {
                items.add(item(items.size(), SweepFixtures.run("gin", n)));
            }
        }
        Requirements requirements = new Requirements(150_000.0, 1.2,
                null, 30.0, 1, 8, null, null, false, false, false, false, false);
        CapacitySection section = CapacitySection.of(items, requirements);

        SweepPoint eight = section.sweep().get(3);
        assertThat(eight.runs()).isEqualTo(3);
        assertThat(eight.p99Ms()).isCloseTo(0.796, within(1e-12));
        SloCapacity slo = section.plan().sloCapacity();
        Close.relative(slo.fit().get(2).fittedP99Ms(), 0.922, 1e-12);
        Close.relative(slo.capacityQps(), 48554.430128205124, 1e-12);
        // wrk does not print the server's cores, and the uploads do not say: the plan says so and does not scale.
        assertThat(section.sweepCores()).isNull();
        assertThat(section.plan().size().statement().english()).contains("not recorded").contains("not scaled to the planned 8-core");
    }

    /** fixtures/sweep/machine.txt: the servers ran with GOMAXPROCS=1 on one core; the demo plans 8-core instances. */
    @Test
    void theInstanceSizeOfTheSweepIsStatedAndNeverScaled() {
        CapacityInputs oneCore = new CapacityInputs(40_000.0, 15.0, 30, 1, 8, null, 1);
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("gin"), oneCore);
        CapacityPlan unsized = CapacityPlanner.plan(SweepFixtures.points("gin"), inputs(40_000, 15));

        assertThat(plan.size().statement().english()).startsWith("The sweep was measured on 1 core")
                .contains("not scaled to the planned 8-core instances").contains("Erlang C");
        assertThat(plan.warnings()).contains(plan.size().statement());
        // The same capacity and instance count with or without the core counts: cores never scale the figure.
        assertThat(plan.sloCapacity().capacityQps()).isEqualTo(unsized.sloCapacity().capacityQps());
        assertThat(plan.instances().instances()).isEqualTo(unsized.instances().instances());
        // What cores per instance does change: the Erlang C cross-check's servers.
        assertThat(plan.erlang().servers()).isEqualTo(8);
        assertThat(unsized.erlang()).isNull();

        CapacityPlan sameSize = CapacityPlanner.plan(SweepFixtures.points("gin"), new CapacityInputs(40_000.0, 15.0, 30, 1, 1, null, 1));
        assertThat(sameSize.size().sameSize()).isTrue();
        assertThat(sameSize.warnings()).noneMatch(w -> w.english().contains("not scaled"));
        assertThat(sameSize.linearInCores()).isNull();
        assertThat(unsized.linearInCores()).as("measured cores unknown: nothing to scale from").isNull();
    }

    /**
     * 1 measured core, 8 planned: the linear-in-cores plan is offered apart, never as the plan. Its capacity is
     * exactly 8× the measured one and its instance count follows the same rule (⌈target·1.3/capacity⌉ + k).
     */
    @Test
    void linearScalingByCoresIsAnExplicitUpperBoundBesideThePlan() {
        CapacityPlan plan = CapacityPlanner.plan(SweepFixtures.points("gin"), new CapacityInputs(40_000.0, 15.0, 30, 1, 8, null, 1));
        double measured = plan.sloCapacity().capacityQps();
        InstancePlan linear = plan.linearInCores();
        Close.relative(linear.capacityPerInstanceQps(), measured * 8, 1e-12);
        assertThat(linear.instances()).isEqualTo((int) Math.ceil(40_000 * 1.3 / (measured * 8)) + 1);
        assertThat(plan.instances().capacityPerInstanceQps()).isEqualTo(measured);
        assertThat(linear.instances()).isLessThanOrEqualTo(plan.instances().instances());
        assertThat(plan.size().statement().english()).contains("an upper bound shown apart");
    }

    private static Evidence.RunItem item(int i, RunData run) {
        return new Evidence.RunItem(new Evidence.Source(i + 1, "c" + i + ".txt",
                "wrk", "sha", Instant.EPOCH, null, false), i + 1, run);
    }
}
