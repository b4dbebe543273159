package dev.benchboard.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Restore limits (benchboard.backup.*): the largest archive accepted (413 above) and the most bytes its
 * entries may expand to (a small zip cannot unpack into gigabytes).
 */
@ConfigurationProperties("benchboard.backup")
public record BackupProperties(Long maxBytes, Long maxExpandedBytes) {

    static final long DEFAULT_MAX_BYTES = 1L << 30;
    static final long DEFAULT_MAX_EXPANDED_BYTES = 8L << 30;

    public long maxBytesOrDefault() {
        return maxBytes == null ? DEFAULT_MAX_BYTES : maxBytes;
    }

    public long maxExpandedBytesOrDefault() {
        return maxExpandedBytes == null ? DEFAULT_MAX_EXPANDED_BYTES : maxExpandedBytes;
    }
}
