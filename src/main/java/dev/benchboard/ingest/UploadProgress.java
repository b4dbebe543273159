package dev.benchboard.ingest;

/** Progress of one upload: the phase and bytes of the file done so far. */
@FunctionalInterface
public interface UploadProgress {

    UploadProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
