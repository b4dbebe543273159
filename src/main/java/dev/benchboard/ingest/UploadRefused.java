package dev.benchboard.ingest;

/**
 * An upload that was refused; nothing of it was stored. Carries the HTTP status for the API; the message is the
 * refusal's English ({@code body().error()} in the reader's language).
 */
public class UploadRefused extends RuntimeException {

    private final int status;
    private final UploadError body;

    public UploadRefused(int status, UploadError body) {
        super(body.error().english());
        this.status = status;
        this.body = body;
    }

    public int status() { return status; }
    public UploadError body() { return body; }
}
