package dev.benchboard.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A run's other metrics keep the order they were given in: the regression rows of a benchmark follow it. */
class RunDataTest {

    @Test
    void metricsKeepTheirOrderAndCannotBeChanged() {
        // 26 units, z/op first: Map.copyOf gave them in an order of its own, different from one JVM to the next.
        List<String> units = IntStream.range(0, 26).mapToObj(i -> (char) ('z' - i) + "/op").toList();
        Map<String, Double> given = new LinkedHashMap<>();
        units.forEach(unit -> given.put(unit, (double) unit.charAt(0)));

        RunData run = new RunData("BenchmarkMany", Map.of(), null, null, null, null, null, null, null, null, null, null,
                List.of(), LatencyOrigin.REPORTED, false, Map.of(), given, List.of());

        assertThat(run.metrics().keySet()).containsExactlyElementsOf(units);
        assertThat(run.metrics()).isEqualTo(given);
        Map<String, Double> metrics = run.metrics();
        assertThatThrownBy(() -> metrics.put("ns/op", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        given.put("extra/op", 1.0);
        assertThat(run.metrics()).as("a copy, not a view").doesNotContainKey("extra/op");
    }

    @Test
    void aMetricWithoutAValueIsRefused() {
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("ns/op", null);
        assertThatThrownBy(() -> new RunData(null, Map.of(), null, null, null, null, null, null, null, null, null, null,
                List.of(), LatencyOrigin.REPORTED, false, Map.of(), withNull, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ns/op");
    }
}
