package dev.benchboard.ui.share;

/**
 * A share token that leads nowhere: unknown, revoked or expired (deliberately not told apart).
 * Rerouting to it shows {@link SharedReportNotFoundView} with HTTP 404.
 */
public class SharedReportNotFound extends RuntimeException {

    public SharedReportNotFound() {
        super("shared report not found");
    }
}
