package dev.benchboard.api;

import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.UserAccounts;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.Translations;
import dev.benchboard.ui.share.ReaderLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Benchboard's own page for an error the servlet container answers outside Vaadin's router (an address the security
 * chain refuses, a 404 or 500 of a plain Spring MVC path), in place of Spring's English "Whitelabel Error Page", for
 * browsers (Spring Boot's error controller asks this resolver only for {@code text/html}; JSON clients keep its JSON).
 *
 * <p>In the reader's language: the one a signed-in user chose (remembered with the account), else the browser's
 * {@code Accept-Language}. The status stays the one the error has. Its words are the workspace's own for the same
 * case ({@code WorkspaceNotFoundView}, {@code WorkspaceErrorView}): for 403 and 404 "no page at this address, or your
 * role may not open it" (the security chain refuses an unknown address before anything knows whether it exists, so
 * the page says both, as Vaadin's views do), for 5xx a reference to find the cause in the log. Nothing from the
 * request (address, message, exception) is written on the page, and jsoup escapes what is.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final UserAccounts accounts;

    ErrorPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;   // before Spring Boot's templates-and-static-files resolver
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = language(request);
        byte[] html = page(status, locale, request.getContextPath(), reference(request, status));
        return new ModelAndView(new Html(html, locale));
    }

    /** The signed-in user's remembered language, else the browser's; English when neither is one of ours. */
    private Locale language(HttpServletRequest request) {
        Optional<Locale> chosen = CurrentUser.username().flatMap(accounts::language).flatMap(Languages::fromTag);
        return chosen.orElseGet(() -> ReaderLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** For a server error: a reference a reader can give an administrator, logged with the cause. */
    private static String reference(HttpServletRequest request, HttpStatus status) {
        if (!status.is5xxServerError()) return null;
        String reference = Long.toString(System.nanoTime() & 0xFFFFFFFL, 36);
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.error("Error page {} shown (reference {})", status.value(), reference, cause instanceof Throwable t ? t : null);
        return reference;
    }

    /** The page: Benchboard's name, what happened, the way back; the shared report's style sheet (same origin). */
    static byte[] page(HttpStatus status, Locale locale, String contextPath, String reference) {
        String heading;
        String text;
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN) {
            heading = Translations.get(locale, "shell.not-found.title");
            text = Translations.get(locale, "shell.not-found.text");
        } else if (status.is5xxServerError()) {
            heading = Translations.get(locale, "error.title");
            text = Translations.get(locale, "error.text", reference);
        } else {
            heading = Translations.get(locale, "error.request.title");
            text = Translations.get(locale, "error.request.text", String.valueOf(status.value()));
        }
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.insertChildren(0, new DocumentType("html", "", ""));
        Element html = document.selectFirst("html").attr("lang", locale.toLanguageTag());
        Element head = html.selectFirst("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(heading + " · " + Translations.get(locale, "app.title"));
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", contextPath + "/r/assets/share.css");
        Element page = document.body().appendElement("main").addClass("bb-share-root").appendElement("div")
                .addClass("bb-share-page").id("error-page").attr("data-status", String.valueOf(status.value()));
        page.appendElement("span").addClass("bb-share-brand").text(Translations.get(locale, "app.title"));
        page.appendElement("h1").text(heading);
        page.appendElement("p").text(text);
        page.appendElement("p").appendElement("a").id("error-back").attr("href", contextPath + "/")
                .text(Translations.get(locale, "error.back"));
        return document.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the page's bytes (the error controller has set the status already). */
    private record Html(byte[] bytes, Locale locale) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType(getContentType());
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
