package dev.benchboard.ingest.model;

/**
 * Explicit, configurable limits; exceeding one is a clear error, never a silent truncation.
 *
 * @param maxCompressionRatio most decompressed bytes per compressed byte of a gzip upload: a file that
 *                            expands further is no result file but a decompression bomb, stopped early
 * @param maxBlankLines       most blank lines in a row: a result file has a few, a bomb millions
 */
public record ImportLimits(long maxBytes, long maxRows, int maxLineLength, long maxDecompressedBytes,
                           int maxCompressionRatio, long maxBlankLines) {

    /**
     * 43 is the highest ratio of a real fixture (k6-ndjson/k6-out.json.gz: 2,910,693 bytes from 67,394;
     * the text fixtures gzip -9 at 5–16); gzip reaches about 1030 on a run of one byte.
     */
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 150;
    public static final long DEFAULT_MAX_BLANK_LINES = 100_000;

    /** The size limits with the default bomb limits. */
    public ImportLimits(long maxBytes, long maxRows, int maxLineLength, long maxDecompressedBytes) {
        this(maxBytes, maxRows, maxLineLength, maxDecompressedBytes, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_BLANK_LINES);
    }

    public static ImportLimits defaults() {
        return new ImportLimits(2L << 30, 50_000_000L, 1 << 20, 8L << 30);
    }
}
