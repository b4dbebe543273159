package dev.benchboard.ingest;

import dev.benchboard.ingest.model.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upload limits (benchboard.ingest.*). Exceeding one gives a clear message (HTTP 413, or 422 for a run
 * of blank lines, which says where), never a silent truncation.
 */
@ConfigurationProperties("benchboard.ingest")
public record IngestProperties(Long maxBytes, Long maxRows, Integer maxLineLength, Long maxDecompressedBytes,
                               Integer maxCompressionRatio, Long maxBlankLines) {

    public ImportLimits limits() {
        ImportLimits d = ImportLimits.defaults();
        return new ImportLimits(maxBytes == null ? d.maxBytes() : maxBytes, maxRows == null ? d.maxRows() : maxRows,
                maxLineLength == null ? d.maxLineLength() : maxLineLength,
                maxDecompressedBytes == null ? d.maxDecompressedBytes() : maxDecompressedBytes,
                maxCompressionRatio == null ? d.maxCompressionRatio() : maxCompressionRatio,
                maxBlankLines == null ? d.maxBlankLines() : maxBlankLines);
    }
}
