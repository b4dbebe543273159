package dev.benchboard.stats.changepoint;

import dev.benchboard.format.Sentence;

import java.util.List;

/**
 * What E-divisive found in a series.
 *
 * @param n               length of the series
 * @param changePoints    significant change points, in the order found
 * @param segments        the segments they delimit, in time order
 * @param rejected        the best further split, which was not significant (null when no split fits)
 * @param settings        the settings used
 * @param method          in words
 */
public record ChangePointResult(int n, List<ChangePoint> changePoints, List<Segment> segments, ChangePoint rejected,
                                ChangePointSettings settings, Sentence method) {

    public ChangePointResult {
        changePoints = List.copyOf(changePoints);
        segments = List.copyOf(segments);
    }

    /** Indices of the change points in time order. */
    public List<Integer> indices() {
        return changePoints.stream().map(ChangePoint::index).sorted().toList();
    }
}
