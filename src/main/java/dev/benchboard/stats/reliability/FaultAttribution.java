package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.evidence.Outage;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Combines a prober's log with a fault-injection log of the same run: each outage the prober saw gets
 * the fault type of the injection that overlaps it, so per-fault-type MTTR/MTBF come from what the
 * prober measured, not from what the driver believed.
 * <ul>
 * <li>A probe log is chaos data with outages but no events, none of them attributed (fault type
 * "unknown" and no injection time), as {@code probe-log-csv} yields.</li>
 * <li>An injection log is chaos data with {@code fault_injected} events. An injection lasts from its
 * fault_injected to the next fault_cleared of the same fault type and component (in a mapped driver
 * log: from fault start to recovery); without one it is an instant.</li>
 * <li>An outage [down, up] and an injection [start, end] overlap when start ≤ up and end ≥ down. Of
 * several, the one overlapping longest names the fault (ties: the earlier injection). An outage that no
 * injection overlaps is {@value #UNEXPLAINED}.</li>
 * <li>A probe log is combined with every injection log having an injection inside its window; those
 * injection logs are then not counted again on their own (their outages are the driver's view of the
 * same downtime). The combined experiment keeps the probe's window and outages and the injections'
 * events, so a fault type injected without any outage is still exposed.</li>
 * </ul>
 */
public final class FaultAttribution {

    public static final String UNEXPLAINED = "unexplained";
    static final String INJECTED = "fault_injected";
    static final String CLEARED = "fault_cleared";
    /** The template names {@value #UNEXPLAINED} as it is: it is the fault type such outages carry in the tables. */
    public static final Sentence METHOD = Sentence.of("reliability.method.attribution");

    /** One injection as an interval. */
    public record Injection(String faultType, String component, Instant start, Instant end) {}

    /** The experiments to analyse after combining, with a note per combination. */
    public record Combined(List<ChaosData> experiments, List<Sentence> notes, boolean attributed) {}

    private FaultAttribution() {
    }

    public static boolean isProbeLog(ChaosData data) {
        return data.events().isEmpty() && !data.outages().isEmpty() && data.outages().stream()
                .allMatch(o -> o.injectedAt() == null && (o.faultType() == null || o.faultType().equals("unknown")));
    }

    public static boolean isInjectionLog(ChaosData data) {
        return data.events().stream().anyMatch(e -> INJECTED.equals(e.event()));
    }

    /** The injections of a log, in time order. */
    public static List<Injection> injections(ChaosData log) {
        List<ChaosEvent> events = log.events().stream()
                .sorted(java.util.Comparator.comparing(ChaosEvent::time)).toList();
        List<Injection> out = new ArrayList<>();
        Set<Integer> usedClears = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            ChaosEvent e = events.get(i);
            if (!INJECTED.equals(e.event())) continue;
            Instant end = e.time();
            for (int j = i + 1; j < events.size(); j++) {
                ChaosEvent c = events.get(j);
                if (CLEARED.equals(c.event()) && !usedClears.contains(j) && Objects.equals(c.faultType(), e.faultType())
                        && Objects.equals(c.component(), e.component())) {
                    end = c.time();
                    usedClears.add(j);
                    break;
                }
            }
            out.add(new Injection(e.faultType() == null ? "unknown" : e.faultType(), e.component(), e.time(), end));
        }
        return out;
    }

    /** Each probe log with the injection logs of its run; everything else as it was. */
    public static Combined combine(List<ChaosData> experiments) {
        List<ChaosData> logs = experiments.stream().filter(d -> !isProbeLog(d) && isInjectionLog(d)).toList();
        Set<ChaosData> consumed = Collections.newSetFromMap(new IdentityHashMap<>());   // by identity: records compare by value
        List<ChaosData> out = new ArrayList<>();
        List<Sentence> notes = new ArrayList<>();
        for (ChaosData data : experiments) {
            if (!isProbeLog(data) || data.windowStart() == null || data.windowEnd() == null) continue;
            List<Injection> inside = new ArrayList<>();
            List<ChaosEvent> events = new ArrayList<>();
            for (ChaosData log : logs) {
                List<Injection> ofLog = injections(log).stream().filter(i -> within(i, data)).toList();
                if (ofLog.isEmpty()) continue;
                consumed.add(log);
                inside.addAll(ofLog);
                log.events().stream().filter(e -> !e.time().isBefore(data.windowStart()) && !e.time().isAfter(data.windowEnd()))
                        .forEach(events::add);
            }
            if (inside.isEmpty()) continue;
            consumed.add(data);
            ChaosData combined = attribute(data, inside, events);
            long unexplained = combined.outages().stream().filter(o -> UNEXPLAINED.equals(o.faultType())).count();
            notes.add(Sentence.of("reliability.attribution.note", data.experiment() == null
                            ? Sentence.of("reliability.attribution.probe-log")
                            : Sentence.of("reliability.attribution.probe-log-named", data.experiment()),
                    Figures.count(combined.outages().size()), Figures.count(inside.size()), Figures.count(unexplained)));
            out.add(combined);
        }
        for (ChaosData data : experiments) if (!consumed.contains(data)) out.add(data);
        return new Combined(out, notes, !notes.isEmpty());
    }

    /** The probe's outages named after the injections overlapping them. */
    public static ChaosData attribute(ChaosData probe, List<Injection> injections, List<ChaosEvent> events) {
        List<Outage> outages = new ArrayList<>();
        for (Outage o : probe.outages()) {
            Injection cause = null;
            Duration best = Duration.ofNanos(-1);
            for (Injection i : injections) {
                if (i.start().isAfter(o.upAt()) || i.end().isBefore(o.downAt())) continue;
                Instant from = i.start().isAfter(o.downAt()) ? i.start() : o.downAt();
                Instant to = i.end().isBefore(o.upAt()) ? i.end() : o.upAt();
                Duration overlap = Duration.between(from, to);
                if (overlap.compareTo(best) > 0) {
                    best = overlap;
                    cause = i;
                }
            }
            outages.add(cause == null
                    ? new Outage(UNEXPLAINED, o.component(), null, o.downAt(), o.upAt(), o.censored())
                    : new Outage(cause.faultType(), o.component() != null ? o.component() : cause.component(),
                    cause.start(), o.downAt(), o.upAt(), o.censored()));
        }
        String name = probe.experiment();
        return new ChaosData(name, probe.windowStart(), probe.windowEnd(), events, outages, probe.reported(), probe.litmus());
    }

    private static boolean within(Injection i, ChaosData window) {
        return !i.start().isBefore(window.windowStart()) && !i.start().isAfter(window.windowEnd());
    }
}
