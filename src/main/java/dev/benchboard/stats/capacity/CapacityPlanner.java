package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds a {@link CapacityPlan} from a single-instance concurrency sweep and the requirements. */
public final class CapacityPlanner {

    private CapacityPlanner() {
    }

    public static CapacityPlan plan(List<SweepPoint> sweep, CapacityInputs inputs) {
        List<Sentence> warnings = new ArrayList<>();
        UslFit usl = UslFitter.fit(sweep);
        InstanceSize size = InstanceSize.of(inputs.sweepCores(), inputs.coresPerInstance());
        if (inputs.coresPerInstance() != null && !size.sameSize()) warnings.add(size.statement());
        if (inputs.p99SloMs() == null) {
            warnings.add(Sentence.of("capacity.plan.no-slo"));
            return new CapacityPlan(usl, null, null, null, null, size, inputs, warnings);
        }
        SloCapacity slo = SloCapacity.estimate(sweep, inputs.p99SloMs());
        if (inputs.targetQps() == null) {
            warnings.add(Sentence.of("capacity.plan.no-target"));
            return new CapacityPlan(usl, slo, null, null, null, size, inputs, warnings);
        }
        if (slo.capacityQps() == null || !(slo.capacityQps() > 0)) {
            warnings.add(Sentence.of("capacity.plan.no-capacity"));
            return new CapacityPlan(usl, slo, null, null, null, size, inputs, warnings);
        }
        InstancePlan plan = InstancePlan.of(inputs.targetQps(), inputs.headroomPercent(), inputs.redundancy(),
                slo.capacityQps(), inputs.costPerInstanceHour(), slo.status() == SloCapacity.Status.SLO_NOT_REACHED);
        return new CapacityPlan(usl, slo, plan, littlesLaw(sweep, plan, warnings), erlang(sweep, inputs, plan, warnings),
                size, inputs, warnings, linearInCores(inputs, slo));
    }

    /**
     * The plan IF throughput grew in proportion to cores: capacity × planned cores / measured cores. Never the
     * plan itself (statistics.md, Capacity: the capacity is per instance of the size the sweep ran on): locks, the
     * network stack, GC and the load generator keep real scaling below linear, so this capacity is an upper bound
     * and its instance count a lower bound, shown labelled as such next to the measured plan. Null unless both
     * core counts are known and differ.
     */
    static InstancePlan linearInCores(CapacityInputs inputs, SloCapacity slo) {
        Integer measured = inputs.sweepCores();
        Integer planned = inputs.coresPerInstance();
        if (measured == null || planned == null || measured.equals(planned)) return null;
        double scaled = slo.capacityQps() * planned / measured;
        return InstancePlan.of(inputs.targetQps(), inputs.headroomPercent(), inputs.redundancy(), scaled,
                inputs.costPerInstanceHour(), slo.status() == SloCapacity.Status.SLO_NOT_REACHED);
    }

    static LittlesLaw littlesLaw(List<SweepPoint> sweep, InstancePlan plan, List<Sentence> warnings) {
        List<SweepPoint> rising = risingPart(sweep);
        if (rising.isEmpty()) return null;
        boolean measured = rising.stream().allMatch(p -> p.meanLatencyMs() != null);
        double load = plan.loadPerInstanceQps();
        double w;
        SweepPoint first = rising.getFirst();
        if (load <= first.throughput()) {
            w = meanLatency(first, measured);
            if (load < first.throughput()) {
                warnings.add(Sentence.of("capacity.littles.below-sweep"));
            }
        } else {
            w = Double.NaN;
            for (int i = 1; i < rising.size(); i++) {
                SweepPoint a = rising.get(i - 1);
                SweepPoint b = rising.get(i);
                if (load <= b.throughput()) {
                    double wa = meanLatency(a, measured);
                    double wb = meanLatency(b, measured);
                    w = wa + (load - a.throughput()) * (wb - wa) / (b.throughput() - a.throughput());
                    break;
                }
            }
            if (Double.isNaN(w)) {
                warnings.add(Sentence.of("capacity.littles.beyond-sweep"));
                return null;
            }
        }
        return new LittlesLaw(w, measured ? LittlesLaw.MEASURED_MEAN : LittlesLaw.N_OVER_X,
                load * w / 1000, plan.targetQps() * w / 1000, LittlesLaw.METHOD);
    }

    /** Points in concurrency order up to the highest throughput, keeping only rising throughput. */
    private static List<SweepPoint> risingPart(List<SweepPoint> sweep) {
        List<SweepPoint> sorted = sweep.stream().filter(p -> p.concurrency() > 0 && p.throughput() > 0)
                .sorted(Comparator.comparingDouble(SweepPoint::concurrency)).toList();
        List<SweepPoint> rising = new ArrayList<>();
        for (SweepPoint p : sorted) {
            if (rising.isEmpty() || p.throughput() > rising.getLast().throughput()) rising.add(p);
        }
        return rising;
    }

    private static double meanLatency(SweepPoint p, boolean measured) {
        return measured ? p.meanLatencyMs() : 1000 * p.concurrency() / p.throughput();
    }

    private static ErlangCheck erlang(List<SweepPoint> sweep, CapacityInputs inputs, InstancePlan plan,
                                      List<Sentence> warnings) {
        if (inputs.coresPerInstance() == null) {
            warnings.add(Sentence.of("capacity.erlang.no-cores"));
            return null;
        }
        double saturation = sweep.stream().mapToDouble(SweepPoint::throughput).max().orElse(0);
        double arrival = plan.loadPerInstanceQps();
        if (arrival >= saturation) {
            warnings.add(Sentence.of("capacity.erlang.unstable"));
            return null;
        }
        return ErlangCheck.of(inputs.coresPerInstance(), arrival, saturation);
    }
}
