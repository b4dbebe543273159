package dev.benchboard.report;

import dev.benchboard.evidence.Evidence;

/** The upload a figure came from: enough to find the file and check its bytes. */
public record SourceRef(long uploadId, String fileName, String format, String sha256) {

    static SourceRef of(Evidence.Source source) {
        return new SourceRef(source.uploadId(), source.fileName(), source.format(), source.sha256());
    }
}
