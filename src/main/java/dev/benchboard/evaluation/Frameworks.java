package dev.benchboard.evaluation;

import java.util.Locale;

/** Maps a candidate's display name to the key of its framework profile ("Gin 1.10" → "gin"). */
final class Frameworks {

    private Frameworks() {
    }

    static String keyFor(String candidateName) {
        String first = candidateName.strip().split("[\\s/@:]+", 2)[0];
        return first.toLowerCase(Locale.ROOT);
    }
}
