package dev.benchboard.ingest;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import java.util.List;

/** A file read to the end: its bytes' identity, the importer used and what it produced. */
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
        Long duplicateOf) {

    DataKind kind() {
        return importer.kind();
    }
}
