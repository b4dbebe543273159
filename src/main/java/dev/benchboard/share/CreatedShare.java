package dev.benchboard.share;

/** The answer to creating a share link: the only time the token is returned. */
public record CreatedShare(long id, String token, String url) {
}
