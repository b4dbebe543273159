package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.stats.common.StatsSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometricMeansTest {

    @Test
    void ratioOfGeometricMeansOfMediansPerUnit() {
        // /usr/bin/python3 -c "from scipy.stats import gmean; a=[12.505,3.2,150.0]; b=[13.45,3.0,180.0];
        //   print(gmean(a), gmean(b), gmean(b)/gmean(a), (gmean(b)/gmean(a)-1)*100)"
        // -> 18.17362843280661 19.36594443281665 1.0656069317372914 6.560693173729137
        Comparison comparison = RegressionAnalysis.compare("a", "b", List.of(
                ComparisonInput.RunValues.of("users", "P99", "ms", List.of(12.31, 12.505, 12.7), List.of(13.3, 13.45, 13.6)),
                ComparisonInput.RunValues.of("health", "P99", "ms", List.of(3.1, 3.2, 3.3), List.of(2.9, 3.0, 3.1)),
                ComparisonInput.RunValues.of("report", "P99", "ms", List.of(140.0, 150.0, 160.0), List.of(170.0, 180.0, 190.0)),
                ComparisonInput.RunValues.of("users", "throughput", "req/s", List.of(900.0, 910.0), List.of(950.0, 940.0)),
                ComparisonInput.RunValues.of("orders", "P99", "ms", List.of(), List.of(5.0, 6.0))), StatsSettings.defaults());

        assertThat(comparison.geoMeans()).hasSize(1); // req/s has one benchmark only; "orders" has no baseline
        GeoMeanRow row = comparison.geoMeans().getFirst();
        assertThat(row.unit()).isEqualTo("ms");
        assertThat(row.benchmarks()).isEqualTo(3);
        assertThat(row.baseline()).isCloseTo(18.17362843280661, within(18.17362843280661 * 1e-12));
        assertThat(row.candidate()).isCloseTo(19.36594443281665, within(19.36594443281665 * 1e-12));
        assertThat(row.ratio()).isCloseTo(1.0656069317372914, within(1e-12));
        assertThat(row.deltaPercent()).isCloseTo(6.560693173729137, within(1e-9));
    }
}
