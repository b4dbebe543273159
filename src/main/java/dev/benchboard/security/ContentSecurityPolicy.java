package dev.benchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of the pages, with a fresh nonce per response. Inline scripts run only
 * when they carry the nonce ({@link ScriptNonces} gives it to the scripts Vaadin writes into the page),
 * so markup that reached a page from data (an {@code onerror=} attribute, a {@code <script>}) would
 * not run even if it were not escaped.
 *
 * <p>No {@code 'unsafe-inline'} for scripts anywhere. {@code 'unsafe-eval'} stays for the workspace:
 * Vaadin's client runs every server-side {@code executeJs}/{@code callJsFunction} with
 * {@code new Function(…)}, and Vaadin itself sends such calls on every page (the document title,
 * history updates, the grid/combo-box/dialog connectors, {@code window.Vaadin.Flow.loadOnDemand(…)}).
 * Shared reports ({@code /r/…}) are not Vaadin pages and have their own, strict policy
 * ({@code SecurityConfig.SHARED_REPORT_CONTENT_SECURITY_POLICY}: no eval, nothing inline).
 * The workspace keeps {@code style-src 'unsafe-inline'}: Vaadin's and ApexCharts' components set style
 * attributes and inject style elements at run time, which cannot carry a nonce; styles cannot run
 * script.
 */
public final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String COMMON = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The workspace's policy: scripts from this origin and the page's own (nonce), string evaluation for Vaadin's executeJs. */
    static String workspace(String nonce) {
        return "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; " + COMMON;
    }

    /** This request's nonce (128 random bits), made on first use: the header and the page's scripts share it. */
    public static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE_ATTRIBUTE);
        if (existing instanceof String nonce) return nonce;
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) return;
        String nonce = nonce(request);
        response.setHeader(HEADER, workspace(nonce));
    }
}
