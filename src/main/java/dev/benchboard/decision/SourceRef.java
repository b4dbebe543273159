package dev.benchboard.decision;

import java.util.Objects;

/** The upload a measured figure was computed from, so every number can be traced to its bytes. */
public record SourceRef(long uploadId, String fileName) {

    public SourceRef {
        Objects.requireNonNull(fileName, "fileName");
    }
}
