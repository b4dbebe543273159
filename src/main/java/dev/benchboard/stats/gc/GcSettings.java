package dev.benchboard.stats.gc;

/**
 * Settings of the GC statistics, echoed in every report.
 *
 * @param leakGrowthFraction growth that counts as a leak, as a fraction of the mean live heap (default 0.10) ...
 * @param leakWindowMinutes  ... per this many minutes (default 10)
 * @param confidence         coverage of the slope interval (default 0.95)
 */
public record GcSettings(double leakGrowthFraction, double leakWindowMinutes, double confidence) {

    public GcSettings {
        if (!(leakGrowthFraction >= 0)) throw new IllegalArgumentException("leak growth fraction must be ≥ 0");
        if (!(leakWindowMinutes > 0)) throw new IllegalArgumentException("leak window must be > 0 minutes");
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1)");
    }

    public static GcSettings defaults() {
        return new GcSettings(0.10, 10, 0.95);
    }

    /** The leak threshold in MB per minute for a given mean live heap. */
    public double leakThresholdMbPerMinute(double meanLiveHeapMb) {
        return leakGrowthFraction * meanLiveHeapMb / leakWindowMinutes;
    }
}
