package dev.benchboard.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometric-mean summary rows of a comparison, one per unit, as benchstat prints them: a
 * geometric mean weighs every benchmark's relative change equally whatever its scale, and the ratio
 * of the geometric means equals the geometric mean of the per-benchmark ratios. Rows with a side
 * missing are not "present on both sides" and do not enter; a unit needs two benchmarks for a row.
 */
public final class GeometricMeans {

    private GeometricMeans() {
    }

    public static List<GeoMeanRow> summarize(List<MetricComparison> rows) {
        Map<String, List<MetricComparison>> byUnit = new LinkedHashMap<>();
        for (MetricComparison row : rows) {
            if (row.nBaseline() > 0 && row.nCandidate() > 0) {
                byUnit.computeIfAbsent(row.unit(), unit -> new ArrayList<>()).add(row);
            }
        }
        List<GeoMeanRow> summary = new ArrayList<>();
        byUnit.forEach((unit, unitRows) -> {
            double logBaseline = 0;
            double logCandidate = 0;
            int used = 0;
            for (MetricComparison row : unitRows) {
                if (row.baselineCenter() > 0 && row.candidateCenter() > 0) {
                    logBaseline += Math.log(row.baselineCenter());
                    logCandidate += Math.log(row.candidateCenter());
                    used++;
                }
            }
            if (used >= 2) {
                double baseline = Math.exp(logBaseline / used);
                double candidate = Math.exp(logCandidate / used);
                double ratio = Math.exp((logCandidate - logBaseline) / used);
                summary.add(new GeoMeanRow(unit, used, unitRows.size() - used, baseline, candidate, ratio, (ratio - 1) * 100));
            }
        });
        return summary;
    }
}
