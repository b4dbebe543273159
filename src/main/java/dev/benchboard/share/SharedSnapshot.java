package dev.benchboard.share;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a share link shows, frozen when it was created: the report and decision as JSON in each language the app is
 * written in ({@link #LANGUAGES}: their domain sentences are written out when the link is made, like every other
 * figure), and the uploads (id, file, SHA-256) they were computed from.
 */
public record SharedSnapshot(String title, Instant createdAt, Instant expiresAt, List<SourceUpload> sources,
                             Map<Locale, Written> written) {

    /**
     * The languages a snapshot is frozen in, English first (the API's language and every snapshot's fallback): the
     * workspace's languages ({@code ui.i18n.Languages.SUPPORTED}, which this package may not name; a test keeps the two
     * equal).
     */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    public SharedSnapshot {
        if (!written.containsKey(Locale.ENGLISH)) throw new IllegalArgumentException("a snapshot is always written in English");
        written = Map.copyOf(written);
    }

    /** A snapshot written in English only (as every snapshot stored before snapshots had languages reads). */
    public SharedSnapshot(String title, Instant createdAt, Instant expiresAt, List<SourceUpload> sources,
                          String reportJson, String decisionJson) {
        this(title, createdAt, expiresAt, sources, Map.of(Locale.ENGLISH, new Written(reportJson, decisionJson)));
    }

    /** The report and decision JSON in one language. */
    public record Written(String reportJson, String decisionJson) {}

    /** The report and decision in {@code language}; in English when the snapshot was frozen before it had that language. */
    public Written in(Locale language) {
        return written.getOrDefault(language, written.get(Locale.ENGLISH));
    }

    /** The report in English, as the API writes it. */
    public String reportJson() {
        return in(Locale.ENGLISH).reportJson();
    }

    /** The decision in English, as the API writes it. */
    public String decisionJson() {
        return in(Locale.ENGLISH).decisionJson();
    }

    public record SourceUpload(long uploadId, String fileName, String sha256, String candidate) {}
}
