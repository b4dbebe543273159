package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import java.util.Arrays;
import java.util.Locale;

/** Units of a mapped GC file's heap column; stored as MB (2^20 bytes, as gctrace prints them). */
public enum HeapUnit {
    B(1.0 / (1 << 20)), KB(1.0 / 1024), MB(1), GB(1024);

    private final double toMb;

    HeapUnit(double toMb) {
        this.toMb = toMb;
    }

    public double toMb(double value) {
        return value * toMb;
    }

    static HeapUnit parse(String field, String text) {
        return Arrays.stream(values()).filter(u -> u.name().equals(text.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new MappingProblem(field, Sentence.of("ingest.mapping.expected.heap-unit"), text));
    }
}
