package dev.benchboard.ingest;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.mapping.ColumnMapping;
import java.util.List;

/**
 * A file read to the end: its bytes' identity, the importer used and what it produced; with the
 * column mapping it was read by (null for catalogue formats) and its header key.
 */
record ParsedFile(
        String fileName,
        long sizeBytes,
        String sha256,
        boolean gzip,
        Importer importer,
        boolean formatDetected,
        List<String> alternatives,
        ImportResult result,
        ImportContext context,
        Long duplicateOf,
        ColumnMapping mapping,
        String headerKey) {

    DataKind kind() {
        return importer.kind();
    }
}
