package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import java.util.Arrays;
import java.util.Locale;

/** Units of a mapped file's numeric times and durations, as written in the mapping ("s", "ms", "us", "ns"). */
public enum TimeUnitName {
    S(1e9), MS(1e6), US(1e3), NS(1);

    private final double nanos;

    TimeUnitName(double nanos) {
        this.nanos = nanos;
    }

    /** Nanoseconds in one of this unit. */
    public double nanos() {
        return nanos;
    }

    public double toMillis(double value) {
        return value * nanos / 1e6;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TimeUnitName parse(String field, String text) {
        return Arrays.stream(values()).filter(u -> u.key().equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new MappingProblem(field, Sentence.of("ingest.mapping.expected.time-unit"), text));
    }
}
