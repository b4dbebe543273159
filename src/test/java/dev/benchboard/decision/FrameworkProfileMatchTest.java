package dev.benchboard.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 3: a candidate's profile is matched from its free-text name by the profiles' names
 * (key, display name, aliases), as whole words — never by the name's first word, which made
 * "@nestjs/core" a blank key and "net/http" a key "net".
 */
class FrameworkProfileMatchTest {

    private static final FrameworkProfiles SHIPPED = Fixtures.shippedProfiles();

    private static String match(String name) {
        return SHIPPED.match(name).map(FrameworkProfile::key).orElse("none");
    }

    @ParameterizedTest
    @CsvSource({
            "net/http, nethttp",
            "NET/HTTP, nethttp",
            "net/http ServeMux (Go 1.22), nethttp",
            "Gin, gin",
            "gin-gonic/gin, gin",
            "github.com/gin-gonic/gin@v1.10.0, gin",
            "Fiber (fasthttp), fiber",
            "fasthttp, fasthttp",
            "valyala/fasthttp, fasthttp",
            "go-chi/chi/v5, chi",
            "labstack/echo/v4, echo",
            "@nestjs/core, none",
            "/api-gateway, none",
            ":8080, none",
            "Engine, none",
            "network, none",
            "Chinese, none",
            "'', none"})
    void theEarliestWholeWordNameDecidesAndTheLongestAtThatPlace(String name, String profile) {
        assertThat(match(name)).isEqualTo(profile);
    }

    @Test
    void noProfileForNullOrAnUnknownKey() {
        assertThat(SHIPPED.match(null)).isEmpty();
        assertThat(SHIPPED.get(null)).isEmpty();
        assertThat(SHIPPED.get("net")).isEmpty();
    }

    private static String profiles(String ginAliases, String secondKey) {
        String profile = """
                {"displayName": "%s", "builtOn": "net/http", "netHttpCompatible": true, "stdHandlers": true,
                 "http2": true, "websocket": false, "centralisedErrors": false,
                 "middlewareMaturity": {"otel": 1, "swagger": 1, "jwt": 1, "prometheus": 1},
                 "strengths": [], "cautions": [], "aliases": %s}""";
        return "{\"schemaVersion\": 1, \"frameworks\": {\"gin\": " + profile.formatted("Gin", ginAliases) + ", \""
                + secondKey + "\": " + profile.formatted("Other", "[]") + "}}";
    }

    @Test
    void aNameThatStandsForTwoProfilesOrTheKeyNoneIsRefused() {
        assertThat(FrameworkProfiles.parse(profiles("[\"gin-gonic/gin\"]", "other")).match("gin-gonic/gin"))
                .map(FrameworkProfile::key).contains("gin");
        assertThatThrownBy(() -> FrameworkProfiles.parse(profiles("[\"Other\"]", "other")))
                .isInstanceOf(InvalidDecisionDataException.class)
                .hasMessageContaining("'Other' already names profile");
        assertThatThrownBy(() -> FrameworkProfiles.parse(profiles("[]", "none")))
                .isInstanceOf(InvalidDecisionDataException.class)
                .hasMessageContaining("'none' means \"no profile\"");
    }
}
