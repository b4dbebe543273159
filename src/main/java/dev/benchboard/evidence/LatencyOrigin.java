package dev.benchboard.evidence;

/** Where a latency figure comes from; shown next to every percentile. */
public enum LatencyOrigin {
    /** Computed from every per-request sample the tool wrote. */
    EXACT,
    /** From an HdrHistogram (the tool's or ours, 3 significant digits). */
    HDR_HISTOGRAM,
    /** A t-digest estimate (vegeta). */
    T_DIGEST,
    /** Per-request samples printed with 0.1 ms resolution (hey CSV). */
    ROUNDED_0_1_MS,
    /** Per-request samples printed in whole milliseconds (ab -g, rounded to the nearest ms). */
    ROUNDED_1_MS,
    /** A summary figure the tool printed; the raw distribution is unknown. */
    REPORTED
}
