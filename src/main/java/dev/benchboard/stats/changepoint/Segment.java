package dev.benchboard.stats.changepoint;

/**
 * A stretch of the series between change points.
 *
 * @param from   first index (inclusive)
 * @param to     last index + 1
 * @param mean   mean of its values
 * @param median median of its values
 */
public record Segment(int from, int to, double mean, double median) {

    public int size() {
        return to - from;
    }
}
