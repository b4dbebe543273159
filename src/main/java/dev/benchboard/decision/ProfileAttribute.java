package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The framework-profile attributes a tree can test or rank by. */
public enum ProfileAttribute implements Keyed {
    KEY("key", ValueType.STRING, FrameworkProfile::key),
    BUILT_ON("builtOn", ValueType.STRING, FrameworkProfile::builtOn),
    NET_HTTP_COMPATIBLE("netHttpCompatible", ValueType.BOOLEAN, FrameworkProfile::netHttpCompatible),
    STD_HANDLERS("stdHandlers", ValueType.BOOLEAN, FrameworkProfile::stdHandlers),
    HTTP2("http2", ValueType.BOOLEAN, FrameworkProfile::http2),
    WEBSOCKET("websocket", ValueType.BOOLEAN, FrameworkProfile::websocket),
    CENTRALISED_ERRORS("centralisedErrors", ValueType.BOOLEAN, FrameworkProfile::centralisedErrors),
    ECOSYSTEM_SCORE("ecosystemScore", ValueType.NUMBER, FrameworkProfile::ecosystemScore),
    OTEL_MATURITY("middlewareMaturity.otel", ValueType.NUMBER, p -> (double) p.middlewareMaturity().otel()),
    SWAGGER_MATURITY("middlewareMaturity.swagger", ValueType.NUMBER, p -> (double) p.middlewareMaturity().swagger()),
    JWT_MATURITY("middlewareMaturity.jwt", ValueType.NUMBER, p -> (double) p.middlewareMaturity().jwt()),
    PROMETHEUS_MATURITY("middlewareMaturity.prometheus", ValueType.NUMBER, p -> (double) p.middlewareMaturity().prometheus());

    private final String key;
    private final ValueType type;
    private final Function<FrameworkProfile, Object> read;

    ProfileAttribute(String key, ValueType type, Function<FrameworkProfile, Object> read) {
        this.key = key;
        this.type = type;
        this.read = read;
    }

    public String key() {
        return key;
    }

    ValueType type() {
        return type;
    }

    /** Boolean, Double or String. */
    Object read(FrameworkProfile profile) {
        return read.apply(profile);
    }

    static Optional<ProfileAttribute> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }
}
