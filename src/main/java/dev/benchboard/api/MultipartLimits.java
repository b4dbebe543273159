package dev.benchboard.api;

import java.util.Locale;
import org.springframework.web.multipart.MultipartException;

/**
 * Says in the caller's terms why the servlet container could not read a multipart body: which limit
 * (and the property that sets it) or what is malformed. The container's own messages are read for
 * this, never passed on (they name its classes).
 */
final class MultipartLimits {

    private MultipartLimits() {
    }

    /** The limit a multipart body exceeded, with the property that sets it. */
    static String which(MultipartException tooLarge) {
        String reason = reasons(tooLarge);
        if (reason.contains("part count") || reason.contains("count limit") || reason.contains("fileupload.max")
                || reason.contains("number of")) {
            return "too many parts (server.tomcat.max-part-count)";
        }
        if (reason.contains("header")) return "a part's headers are too long (server.tomcat.max-part-header-size)";
        if (reason.contains("field") || reason.contains("file size") || reason.contains("filesize")) {
            return "a file or field is too large (spring.servlet.multipart.max-file-size)";
        }
        return "the upload is too large (spring.servlet.multipart.max-request-size, spring.servlet.multipart.max-file-size)";
    }

    /** What is wrong with a multipart body that could not be parsed. */
    static String describe(MultipartException unreadable) {
        String reason = reasons(unreadable);
        if (reason.contains("boundary") && (reason.contains("no multipart boundary") || reason.contains("not found"))) {
            return "the Content-Type names no multipart boundary";
        }
        if (reason.contains("buffer size") || reason.contains("too long") || reason.contains("boundary")) {
            return "the multipart boundary is invalid (1 to 70 characters, RFC 2046)";
        }
        if (reason.contains("ended unexpectedly") || reason.contains("eof") || reason.contains("end of")
                || reason.contains("truncated") || reason.contains("closed")) {
            return "the body ends before its closing boundary (cut off?)";
        }
        if (reason.contains("content type") || reason.contains("multipart/form-data")) {
            return "the body is not multipart/form-data";
        }
        return "malformed multipart data";
    }

    /** Every message in the cause chain, lower-case, for matching only. */
    private static String reasons(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null && all.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) all.append(t.getMessage()).append(" | ");
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
