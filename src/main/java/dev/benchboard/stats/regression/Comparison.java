package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.StatsSettings;
import java.util.List;

/**
 * A baseline-versus-candidate comparison over several metrics.
 *
 * @param baselineName  e.g. "gin v1.9"
 * @param candidateName e.g. "gin v1.10"
 * @param rows          one per metric, in input order
 * @param geoMeans      one per unit with at least two benchmarks present on both sides
 * @param settings      the settings used
 * @param notes         method notes shown under the table
 */
public record Comparison(String baselineName, String candidateName, List<MetricComparison> rows, List<GeoMeanRow> geoMeans,
                         StatsSettings settings, List<Sentence> notes) {

    public Comparison {
        rows = List.copyOf(rows);
        geoMeans = List.copyOf(geoMeans);
        notes = List.copyOf(notes);
    }
}
