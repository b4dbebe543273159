package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.StatsSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchstatTableTest {

    @Test
    void rendersAlignedColumnsWithVerdictsAndGeomean() {
        Comparison comparison = RegressionAnalysis.compare("gin-1.9", "gin-1.10", List.of(
                ComparisonInput.RunValues.of("GET /users", "P99", "ms",
                        List.of(12.31, 11.87, 12.95, 13.02, 12.44, 11.76, 12.68, 13.41, 12.12, 12.57),
                        List.of(13.12, 12.88, 13.75, 14.01, 12.69, 13.36, 13.98, 12.93, 14.22, 13.54)),
                ComparisonInput.RunValues.of("GET /orders", "P99", "ms", List.of(1.1, 2.3, 3.5, 4.7), List.of(1.9, 2.8, 4.1, 5.2)),
                ComparisonInput.RunValues.of("GET /health", "P99", "ms", List.of(1.2, 2.5, 3.9), List.of(4.4, 5.1, 6.3))),
                StatsSettings.defaults());

        String table = BenchstatTable.render(comparison);
        List<String> lines = table.lines().toList();

        assertThat(lines.get(0)).isEqualTo("baseline: gin-1.9   candidate: gin-1.10");
        assertThat(lines.get(1)).startsWith("name").contains("baseline").contains("candidate").contains("Δ%")
                .contains("p(holm)").endsWith("verdict");
        // Columns line up: every value of a column starts where its header starts (left-aligned text) or
        // ends where it ends (right-aligned numbers).
        int verdictColumn = lines.get(1).indexOf("verdict");
        int nColumn = lines.get(1).indexOf(" n ") + 1;
        // The baseline median (12.44 + 12.57) / 2 evaluates to 12.504999…, hence 12.50.
        assertThat(lines.get(2)).startsWith("GET /users P99").contains("12.50 ± 7%").contains("13.45 ± 6%").contains("+7.56%")
                .contains("0.0036").contains("0.0108").contains("10+10");
        assertThat(lines.get(2).substring(verdictColumn)).isEqualTo("regressed");
        // 4 + 4 with 3 rows under Holm: 3 × 2/70 = 0.086 ≥ 0.05, so no verdict (was "~" before the rows were counted);
        // 3 + 3 needs 5 + 5 for the same reason (was +1+1).
        assertThat(lines.get(3).substring(verdictColumn)).isEqualTo("insufficient (need +1+1 runs)");
        assertThat(lines.get(3).substring(nColumn)).startsWith("4+4");
        assertThat(lines.get(4).substring(verdictColumn)).isEqualTo("insufficient (need +2+2 runs)");
        assertThat(lines.get(5)).startsWith("geomean").contains("ms").contains("3 benchmarks");
        assertThat(lines.stream().filter(l -> l.startsWith("# "))).hasSize(3);
        assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line.charAt(verdictColumn - 1)).isEqualTo(' '));
    }

    @Test
    void numbersKeepFourSignificantDigitsAndSpreadIsTheLargestRelativeDeviation() {
        assertThat(BenchstatTable.number(12345.678)).isEqualTo("12350");
        assertThat(BenchstatTable.number(0.00123456)).isEqualTo("0.001235");
        assertThat(BenchstatTable.number(2.5)).isEqualTo("2.500");
        assertThat(BenchstatTable.centerWithSpread(10.0, List.of(9.0, 10.0, 12.0))).isEqualTo("10.00 ± 20%");
        assertThat(BenchstatTable.centerWithSpread(10.0, List.of(10.0))).isEqualTo("10.00");
    }
}
