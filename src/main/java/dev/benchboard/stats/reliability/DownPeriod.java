package dev.benchboard.stats.reliability;

/** One merged down period, in seconds from the start of its experiment window. */
record DownPeriod(double fromSeconds, double toSeconds, int outagesMerged) {

    double durationSeconds() {
        return toSeconds - fromSeconds;
    }
}
