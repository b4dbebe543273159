package dev.benchboard.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersInsideLabelsCompareAsNumbers() {
        List<String> expected = List.of("run-2", "run-9", "run-10", "run-100", "v1.2.0", "v1.9.2", "v1.10.0", "v1.10.1",
                "v2.0.0-rc1", "v2.0.0-rc2", "v2.0.0-rc10");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(NaturalOrder.INSTANCE);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void theOrderIsTotalAndConsistent() {
        // Equal as numbers, different as text: still ordered, and both ways round agree.
        assertThat(NaturalOrder.INSTANCE.compare("run 07", "run 7")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("run 7", "run 07")).isPositive();
        assertThat(NaturalOrder.INSTANCE.compare("run 7", "run 7")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("run", "run 1")).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare("12345678901234567890123", "9")).as("longer than a long").isPositive();
        assertThat(NaturalOrder.INSTANCE.compare("9", "build")).as("digits before letters, as in ASCII").isNegative();
    }
}
