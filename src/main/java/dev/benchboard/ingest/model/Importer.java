package dev.benchboard.ingest.model;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;

/**
 * One input format. Implementations are stateless Spring-free classes (one per format) with their
 * fixtures and tests; the registry finds them by {@link #format()}.
 */
public interface Importer {

    /** Stable id used in the API and stored with the upload, e.g. {@code "hey-csv"}. */
    String format();

    /** Human name, e.g. {@code "hey CSV (-o csv)"}. */
    String displayName();

    DataKind kind();

    /** Bumped when parsing changes what a file yields; stored with each upload for provenance. */
    String version();

    /**
     * Confidence 0..100 that the text is this format, judged from its head (the first lines, at most
     * 64 KiB, BOM removed). 0 = surely not. Content only, never the file name.
     */
    int detect(String head);

    /**
     * Parses the whole text in bounded memory. Row problems go to the context (and the file is then
     * up to the caller to accept or reject); a file that cannot be read at all throws.
     */
    ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException;
}
