package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.Outage;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The outages of one experiment placed on its window: invalid ones dropped and clipped ones cut, each
 * with a warning saying so, and merging of overlapping intervals into down periods.
 */
final class WindowedOutages {

    static final String UNSPECIFIED = "unspecified";

    /** An outage on the window's time axis (seconds from the window start). */
    record Placed(String faultType, String component, double fromSeconds, double toSeconds) {
    }

    private WindowedOutages() {
    }

    static double seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }

    static String label(String value) {
        return value == null || value.isBlank() ? UNSPECIFIED : value.strip();
    }

    /** @param experiment how warnings name the experiment, e.g. "experiment exp-a" */
    static List<Placed> place(ChaosData data, Sentence experiment, List<Sentence> warnings) {
        Instant start = data.windowStart();
        Instant end = data.windowEnd();
        double window = seconds(start, end);
        List<Placed> placed = new ArrayList<>();
        int index = 0;
        for (Outage o : data.outages()) {
            index++;
            Sentence where = Sentence.of("reliability.where.outage", experiment, Figures.count(index));
            if (o.downAt() == null) {
                warnings.add(Sentence.of("reliability.warning.outage.no-down", where));
                continue;
            }
            double from = seconds(start, o.downAt());
            double to;
            if (o.upAt() == null) {
                warnings.add(Sentence.of("reliability.warning.outage.not-recovered", where));
                to = window;
            } else {
                to = seconds(start, o.upAt());
            }
            if (to < from) {
                warnings.add(Sentence.of("reliability.warning.outage.up-before-down", where));
                continue;
            }
            // Outside: no overlap with [0, T], or only a boundary point that clipping would turn into a 0 s failure.
            if (to < 0 || from > window || (from < 0 && to == 0) || (from == window && to > window)) {
                warnings.add(Sentence.of("reliability.warning.outage.outside", where));
                continue;
            }
            if (from < 0 || to > window) {
                warnings.add(Sentence.of("reliability.warning.outage.clipped", where));
                from = Math.max(0, from);
                to = Math.min(window, to);
            }
            placed.add(new Placed(label(o.faultType()), label(o.component()), from, to));
        }
        return placed;
    }

    /**
     * Union of the selected outages' intervals: overlapping or touching outages form one down period
     * (one failure), because the scope was down continuously.
     */
    static List<DownPeriod> merge(List<Placed> outages, Predicate<Placed> selected) {
        List<Placed> chosen = outages.stream().filter(selected)
                .sorted(Comparator.comparingDouble(Placed::fromSeconds)).toList();
        List<DownPeriod> periods = new ArrayList<>();
        DownPeriod current = null;
        for (Placed p : chosen) {
            if (current != null && p.fromSeconds() <= current.toSeconds()) {
                current = new DownPeriod(current.fromSeconds(), Math.max(current.toSeconds(), p.toSeconds()),
                        current.outagesMerged() + 1);
            } else {
                if (current != null) periods.add(current);
                current = new DownPeriod(p.fromSeconds(), p.toSeconds(), 1);
            }
        }
        if (current != null) periods.add(current);
        return periods;
    }
}
