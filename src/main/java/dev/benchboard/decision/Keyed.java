package dev.benchboard.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum constant spelled in the JSON files by {@link #key()}; helpers to look constants up by it. */
interface Keyed {

    String key();

    static <E extends Keyed> Optional<E> byKey(E[] values, String key) {
        return Arrays.stream(values).filter(v -> v.key().equals(key)).findFirst();
    }

    static List<String> keys(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }
}
