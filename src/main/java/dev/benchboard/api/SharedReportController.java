package dev.benchboard.api;

import dev.benchboard.share.ShareService;
import dev.benchboard.share.SharedSnapshot;
import dev.benchboard.ui.share.SharedPages;
import dev.benchboard.ui.share.ReaderLanguage;
import dev.benchboard.ui.share.SharedReportPage;
import dev.benchboard.ui.i18n.Languages;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The page behind a share link, {@code GET /r/{token}}: a static HTML document rendered once per
 * snapshot ({@link SharedPages}), served by Spring MVC without Vaadin (no session, no client engine,
 * no script evaluation; its Content-Security-Policy is in SecurityConfig).
 *
 * <p>Caching: every request first asks the database whether the link still opens; an unknown, revoked
 * or expired link gets the same 404 page, at once. Only then are the cached bytes sent, with a strong
 * {@code ETag}, and an {@code If-None-Match} that matches gets 304 without a body. {@code Cache-Control:
 * private, no-cache}: the browser keeps the page but asks again on every visit (a few hundred bytes
 * of 304), because a page kept for a year would still show after its owner revoked the link; and
 * {@code private} keeps shared caches (proxies, CDNs) from holding a page whose address is a secret.
 *
 * <p>Language: the page follows its reader's browser ({@code Accept-Language}, see {@link ReaderLanguage}); each
 * language has its own bytes and ETag, and every answer says {@code Vary: Accept-Language} so a browser that
 * switches language does not get the other language's page back as 304.
 */
@Controller
class SharedReportController {

    private static final Logger LOG = LoggerFactory.getLogger(SharedReportController.class);
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();
    private static final Map<Locale, byte[]> NOT_FOUND = Languages.SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), SharedReportPage::notFound));

    private final ShareService shares;
    private final SharedPages pages;

    SharedReportController(ShareService shares, SharedPages pages) {
        this.shares = shares;
        this.pages = pages;
    }

    @GetMapping("/r/{token}")
    ResponseEntity<byte[]> page(@PathVariable String token, WebRequest request) {
        Locale locale = ReaderLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Optional<SharedSnapshot> snapshot = shares.open(token);
        if (snapshot.isEmpty()) {
            pages.forget(token);
            return notFound(locale);
        }
        SharedPages.Page page;
        try {
            page = pages.page(token, snapshot.get(), locale);
        } catch (RuntimeException e) {
            // A reader gets no class name, message or stack trace: a reference to look up in the log, which
            // names the link by its hint only.
            String reference = Long.toString(System.nanoTime() & 0xFFFFFFFL, 36);
            LOG.error("Shared report r/{}… could not be shown (reference {})", token.substring(0, Math.min(6, token.length())),
                    reference, e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(HTML)
                    .cacheControl(CacheControl.noStore()).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                    .body(SharedReportPage.unavailable(reference, locale));
        }
        if (request.checkNotModified(page.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).cacheControl(REVALIDATE)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return ResponseEntity.ok().contentType(HTML).eTag(page.etag()).cacheControl(REVALIDATE)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE).header("X-Robots-Tag", "noindex").body(page.html());
    }

    /**
     * Any other path below a link ({@code /r/x/y}; the downloads have mappings of their own, which win): the same
     * plain 404 as an unknown link, whether the token opens or not. Unmapped, it fell to the Vaadin app's own 404 page.
     * Not below {@code /r/assets/}: the page's script, styles and icon are static files served from there.
     */
    @GetMapping("/r/{token:(?!assets$).+}/**")
    ResponseEntity<byte[]> belowALink(WebRequest request) {
        return notFound(ReaderLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static ResponseEntity<byte[]> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noStore())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE).header("X-Robots-Tag", "noindex").body(NOT_FOUND.get(locale));
    }
}
