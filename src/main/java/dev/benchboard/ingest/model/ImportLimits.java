package dev.benchboard.ingest.model;

/** Explicit, configurable limits; exceeding one is a clear error, never a silent truncation. */
public record ImportLimits(long maxBytes, long maxRows, int maxLineLength, long maxDecompressedBytes) {

    public static ImportLimits defaults() {
        return new ImportLimits(2L << 30, 50_000_000L, 1 << 20, 8L << 30);
    }
}
