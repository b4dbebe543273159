package dev.benchboard.ui.share;

import dev.benchboard.export.SharedReport;
import dev.benchboard.share.ShareService;
import dev.benchboard.share.SharedSnapshot;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rendered shared pages, kept as bytes: a snapshot is frozen, so its page is rendered once
 * ({@link SharedReportPage}) and then only copied to the socket. Whether a link still opens is never
 * taken from here: the caller asks {@link ShareService#open} on every request first, so a revoked or
 * expired link answers 404 at once although its bytes may still sit here until they are pushed out.
 *
 * <p>Keyed by the token's SHA-256 (as {@code ShareService} keys the frozen content; the token itself is
 * not kept), the link's expiry, the one thing on the page that can change after creation (its
 * owner may change it), and the reader's language: the same snapshot has one page per language, each
 * with its own entity tag. Bounded by bytes, least recently read first out.
 */
@Component
public class SharedPages {

    /** A page's bytes and its strong entity tag (a hash of the bytes, so equal bytes have equal tags on every node). */
    public record Page(byte[] html, String etag) {}

    private record Key(String tokenHash, Instant expiresAt, Locale locale) {}

    private final long maxBytes;
    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    SharedPages(@Value("${benchboard.share.page-cache-bytes:32000000}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The page of an open link's snapshot in {@code locale} (one of {@code Languages.SUPPORTED}): from memory, or
     * rendered now (outside the lock: rendering takes milliseconds).
     */
    public Page page(String token, SharedSnapshot snapshot, Locale locale) {
        Key key = new Key(ShareService.hash(token), snapshot.expiresAt(), locale);
        Page cached = get(key);
        if (cached != null) return cached;
        byte[] html = SharedReportPage.render(SharedReport.of(snapshot, locale), token, locale);
        Page page = new Page(html, etag(html));
        put(key, page);
        return page;
    }

    /** Drops the pages of a link that no longer opens (called when a read finds it gone). */
    public synchronized void forget(String token) {
        String tokenHash = ShareService.hash(token);
        Iterator<Map.Entry<Key, Page>> all = pages.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<Key, Page> e = all.next();
            if (e.getKey().tokenHash().equals(tokenHash)) {
                bytes -= e.getValue().html().length;
                all.remove();
            }
        }
    }

    synchronized int size() {
        return pages.size();
    }

    private synchronized Page get(Key key) {
        return pages.get(key);
    }

    private synchronized void put(Key key, Page page) {
        if (page.html().length > maxBytes) return;
        Page previous = pages.put(key, page);
        if (previous != null) bytes -= previous.html().length;
        bytes += page.html().length;
        Iterator<Page> oldestFirst = pages.values().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().html().length;
            oldestFirst.remove();
        }
    }

    /** A quoted strong ETag: the first 128 bits of the bytes' SHA-256. */
    static String etag(byte[] html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Objects.requireNonNull(html));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
