package dev.benchboard.decision;

import java.util.Locale;

/** Three-valued result of a test: "unknown" when a requirement is not set or evidence is missing. */
enum Answer {
    YES, NO, UNKNOWN;

    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Answer of(boolean value) {
        return value ? YES : NO;
    }

    Answer not() {
        return switch (this) {
            case YES -> NO;
            case NO -> YES;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
