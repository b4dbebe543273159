package dev.benchboard.decision;

import java.util.List;
import java.util.Map;

/**
 * Qualitative knowledge about one framework, shipped in {@code data/frameworks.json} (editable).
 * These are properties of the framework, not measurements; they feed the tree's profile tests and the
 * ecosystem criterion of the weighted score.
 *
 * @param builtOn           "net/http", "fasthttp" or "stdlib"
 * @param netHttpCompatible standard net/http handlers, middleware and tools (otelhttp, promhttp, pprof,
 *                          httputil) work with it without adapters
 * @param stdHandlers       its own handlers and middleware are plain {@code http.Handler} /
 *                          {@code func(http.Handler) http.Handler}
 * @param http2             serves HTTP/2
 * @param websocket         WebSocket support shipped or documented by the framework project itself
 * @param centralisedErrors handlers return errors to one central, configurable error handler
 * @param featureNotes      why a feature flag has its value, keyed by flag name
 * @param aliases           other names a candidate may carry for this framework (module paths such as
 *                          "gin-gonic/gin"); the key and the display name are aliases too
 */
public record FrameworkProfile(
        String key,
        String displayName,
        String builtOn,
        boolean netHttpCompatible,
        boolean stdHandlers,
        boolean http2,
        boolean websocket,
        boolean centralisedErrors,
        MiddlewareMaturity middlewareMaturity,
        List<String> strengths,
        List<String> cautions,
        Map<String, String> featureNotes,
        List<String> aliases) {

    public static final List<String> BUILT_ON = List.of("net/http", "fasthttp", "stdlib");

    public FrameworkProfile {
        strengths = List.copyOf(strengths);
        cautions = List.copyOf(cautions);
        featureNotes = Map.copyOf(featureNotes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The names this profile answers to: its key, its display name and its aliases. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of(key, displayName));
        names.addAll(aliases);
        return names;
    }

    public double ecosystemScore() {
        return middlewareMaturity.ecosystemScore();
    }
}
