package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import static dev.benchboard.ingest.format.chaos.ChaosEventNames.DOWN;
import static dev.benchboard.ingest.format.chaos.ChaosEventNames.EXPERIMENT_END;
import static dev.benchboard.ingest.format.chaos.ChaosEventNames.EXPERIMENT_START;
import static dev.benchboard.ingest.format.chaos.ChaosEventNames.FAULT_INJECTED;
import static dev.benchboard.ingest.format.chaos.ChaosEventNames.UP;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.Outage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a chaos event log into outages and an observation window.
 * <ul>
 * <li>Events out of time order are sorted by timestamp (stable: ties keep file order), with a warning
 * naming the first line out of order.</li>
 * <li>Window: the first experiment_start to the last experiment_end. A missing end is taken from the
 * upload form's hint, else from the first/last event, with a warning either way.</li>
 * <li>An outage is a down followed by an up of the same component. Its fault type is the down's own
 * fault_type, else that of the latest fault_injected on the same component before it (a down
 * without component looks at every component; a component without its own injection falls back to
 * injections without component); none at all gives "unknown". injectedAt is the time of that
 * fault_injected (for a down with its own fault type: the latest injection of that type).</li>
 * <li>A down while already down and an up while up are redundant and ignored, with a warning naming
 * the line: the events are well formed, only their sequence is odd.</li>
 * <li>A down without an up before the end of the log is kept as an outage until the window end,
 * flagged {@link Outage#censored()}: dropping it would hide downtime, and its true length is unknown
 * (at least the time to the window end). A warning names the line.</li>
 * </ul>
 */
final class ChaosTimeline {

    private static final String NO_COMPONENT = "";

    private final ImportContext context;
    private final String format;

    ChaosTimeline(ImportContext context, String format) {
        this.context = context;
        this.format = format;
    }

    ChaosData derive(String experiment, List<LoggedEvent> logged) throws ImportException {
        List<LoggedEvent> events = inTimeOrder(logged);
        Instant[] window = window(events);
        List<Outage> outages = outages(events, window[1]);
        checkInsideWindow(outages, window[0], window[1]);
        return new ChaosData(experiment, window[0], window[1], events.stream().map(LoggedEvent::event).toList(),
                outages, null, null);
    }

    private List<LoggedEvent> inTimeOrder(List<LoggedEvent> logged) {
        for (int i = 1; i < logged.size(); i++) {
            if (logged.get(i).event().time().isBefore(logged.get(i - 1).event().time())) {
                context.warn(Sentence.of("ingest.chaos.warning.out-of-order", String.valueOf(logged.get(i).line()),
                        String.valueOf(logged.get(i - 1).line())));
                List<LoggedEvent> sorted = new ArrayList<>(logged);
                sorted.sort(Comparator.comparing(e -> e.event().time()));   // List.sort is stable
                return sorted;
            }
        }
        return logged;
    }

    private Instant[] window(List<LoggedEvent> events) throws ImportException {
        LoggedEvent start = null;
        LoggedEvent end = null;
        int starts = 0;
        int ends = 0;
        for (LoggedEvent e : events) {
            switch (e.event().event()) {
                case EXPERIMENT_START -> { if (start == null) start = e; starts++; }
                case EXPERIMENT_END -> { end = e; ends++; }
                default -> { }
            }
        }
        if (starts > 1 || ends > 1) {
            context.warn(Sentence.of("ingest.chaos.warning.several-windows", String.valueOf(starts), String.valueOf(ends)));
        }
        WindowHints hints = WindowHints.read(context, format);
        Instant from = start != null ? start.event().time()
                : fallback("experiment_start", hints.start(), WindowHints.START, events.getFirst().event().time(), "first");
        Instant to = end != null ? end.event().time()
                : fallback("experiment_end", hints.end(), WindowHints.END, events.getLast().event().time(), "last");
        if (to.isBefore(from)) {
            throw new ImportException(format, end != null ? end.line() : 0, null, "timestamp",
                    Sentence.of("ingest.chaos.expected.end-after-start", from.toString()), to.toString());
        }
        return new Instant[] {from, to};
    }

    private Instant fallback(String event, Instant hint, String hintName, Instant edge, String which) {
        if (hint != null) {
            context.warn(Sentence.of("ingest.chaos.warning.window-from-form", event, hintName, hint.toString()));
            return hint;
        }
        context.warn(Sentence.of(which.equals("first") ? "ingest.chaos.warning.window-starts-at-first"
                : "ingest.chaos.warning.window-ends-at-last", event, edge.toString()));
        return edge;
    }

    private List<Outage> outages(List<LoggedEvent> events, Instant windowEnd) {
        Map<String, LoggedEvent> latestInjection = new HashMap<>();          // component -> fault_injected
        Map<String, LoggedEvent> latestInjectionOfType = new HashMap<>();    // component + type -> fault_injected
        Map<String, LoggedEvent> latestOfTypeAnywhere = new HashMap<>();     // type -> fault_injected
        LoggedEvent latestAnyInjection = null;
        Map<String, Open> open = new LinkedHashMap<>();
        List<Outage> outages = new ArrayList<>();
        boolean unattributed = false;
        for (LoggedEvent e : events) {
            ChaosEvent ev = e.event();
            String component = ev.component() == null ? NO_COMPONENT : ev.component();
            switch (ev.event()) {
                case FAULT_INJECTED -> {
                    latestInjection.put(component, e);
                    latestInjectionOfType.put(component + '\0' + ev.faultType(), e);
                    latestOfTypeAnywhere.put(ev.faultType(), e);
                    latestAnyInjection = e;
                }
                case DOWN -> {
                    Open already = open.get(component);
                    if (already != null) {
                        context.warn(Sentence.of("ingest.chaos.warning.down-again", String.valueOf(e.line()), name(component),
                                String.valueOf(already.down.line())));
                        continue;
                    }
                    LoggedEvent cause;
                    String faultType = ev.faultType();
                    if (faultType != null) {
                        cause = component.isEmpty() ? latestOfTypeAnywhere.get(faultType)
                                : latestInjectionOfType.get(component + '\0' + faultType);
                        if (cause == null) cause = latestInjectionOfType.get(NO_COMPONENT + '\0' + faultType);
                    } else {
                        cause = component.isEmpty() ? latestAnyInjection : latestInjection.get(component);
                        if (cause == null) cause = latestInjection.get(NO_COMPONENT);
                        faultType = cause == null ? "unknown" : cause.event().faultType();
                        unattributed |= cause == null;
                    }
                    open.put(component, new Open(e, faultType, cause == null ? null : cause.event().time()));
                }
                case UP -> {
                    Open down = open.remove(component);
                    if (down == null) {
                        context.warn(Sentence.of("ingest.chaos.warning.up-without-down", String.valueOf(e.line()), name(component)));
                        continue;
                    }
                    outages.add(down.until(ev.time(), false));
                }
                default -> { }
            }
        }
        for (Open down : open.values()) {
            Instant end = windowEnd.isBefore(down.down.event().time()) ? down.down.event().time() : windowEnd;
            context.warn(Sentence.of("ingest.chaos.warning.down-without-up", String.valueOf(down.down.line()),
                    name(down.component()), end.toString()));
            outages.add(down.until(end, true));
        }
        if (unattributed) {
            context.warn(Sentence.of("ingest.chaos.warning.unattributed"));
        }
        outages.sort(Comparator.comparing(Outage::downAt));
        return outages;
    }

    private void checkInsideWindow(List<Outage> outages, Instant start, Instant end) {
        long outside = outages.stream().filter(o -> o.downAt().isBefore(start) || o.upAt().isAfter(end)).count();
        if (outside > 0) {
            context.warn(Sentence.of("ingest.chaos.warning.outside-window", String.valueOf(outside), start.toString(),
                    end.toString()));
        }
    }

    /** "component 'api'", or "the service" for events that name no component. */
    static Sentence name(String component) {
        return component == null || component.isEmpty() ? Sentence.of("ingest.chaos.the-service")
                : Sentence.of("ingest.chaos.component", component);
    }

    private record Open(LoggedEvent down, String faultType, Instant injectedAt) {
        String component() {
            return down.event().component() == null ? NO_COMPONENT : down.event().component();
        }

        Outage until(Instant up, boolean censored) {
            return new Outage(faultType, down.event().component(), injectedAt, down.event().time(), up, censored);
        }
    }
}
