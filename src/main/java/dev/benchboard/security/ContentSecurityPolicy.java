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
 * <ul>
 *   <li>Shared reports ({@code /r/…}, public, anonymous): no {@code 'unsafe-inline'}, no
 *       {@code 'unsafe-eval'}. The page asks nothing of the server's JavaScript once shown (no
 *       {@code executeJs}: Print is a web component, the title is written into the page).</li>
 *   <li>The workspace: no {@code 'unsafe-inline'} either, but {@code 'unsafe-eval'} stays: Vaadin's
 *       client runs every server-side {@code executeJs}/{@code callJsFunction} with
 *       {@code new Function(…)}, and Vaadin itself sends such calls on every page (the document
 *       title, history updates when navigating, the grid/combo-box/dialog connectors, loading a
 *       view's code on demand).</li>
 * </ul>
 * Both keep {@code style-src 'unsafe-inline'}: Vaadin's and ApexCharts' components set style
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

    /** The policy of a shared report's page: scripts from this origin and the page's own, nothing evaluated. */
    static String sharedReport(String nonce) {
        return "script-src 'self' 'nonce-" + nonce + "'; " + COMMON;
    }

    /** The workspace's policy: as the shared page's, plus string evaluation for Vaadin's executeJs. */
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

    static boolean isSharedReport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/r/");
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) return;
        String nonce = nonce(request);
        response.setHeader(HEADER, isSharedReport(request) ? sharedReport(nonce) : workspace(nonce));
    }
}
