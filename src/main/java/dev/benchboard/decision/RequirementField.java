package dev.benchboard.decision;

import dev.benchboard.evaluation.Requirements;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The requirements a tree can test, named as in {@link Requirements}. */
public enum RequirementField implements Keyed {
    TARGET_QPS("targetQps", ValueType.NUMBER, "rps", Requirements::targetQps),
    P99_SLO_MS("p99SloMs", ValueType.NUMBER, "ms", Requirements::p99SloMs),
    AVAILABILITY_SLO("availabilitySlo", ValueType.NUMBER, "fraction", Requirements::availabilitySlo),
    HEADROOM_PERCENT("headroomPercent", ValueType.NUMBER, "%", Requirements::headroomPercent),
    REDUNDANCY("redundancy", ValueType.NUMBER, "instances", r -> asDouble(r.redundancy())),
    INSTANCE_CORES("instanceCores", ValueType.NUMBER, "cores", r -> asDouble(r.instanceCores())),
    INSTANCE_MEMORY_GB("instanceMemoryGb", ValueType.NUMBER, "GB", Requirements::instanceMemoryGb),
    COST_PER_INSTANCE_HOUR("costPerInstanceHour", ValueType.NUMBER, "per hour", Requirements::costPerInstanceHour),
    NET_HTTP_COMPATIBILITY("netHttpCompatibility", ValueType.BOOLEAN, null, Requirements::netHttpCompatibility),
    HTTP2("http2", ValueType.BOOLEAN, null, Requirements::http2),
    WEBSOCKET("websocket", ValueType.BOOLEAN, null, Requirements::websocket),
    ECOSYSTEM_PRIORITY("ecosystemPriority", ValueType.BOOLEAN, null, Requirements::ecosystemPriority),
    MAINTAINABILITY_PRIORITY("maintainabilityPriority", ValueType.BOOLEAN, null, Requirements::maintainabilityPriority);

    private final String key;
    private final ValueType type;
    private final String unit;
    private final Function<Requirements, Object> read;

    RequirementField(String key, ValueType type, String unit, Function<Requirements, Object> read) {
        this.key = key;
        this.type = type;
        this.unit = unit;
        this.read = read;
    }

    public String key() {
        return key;
    }

    ValueType type() {
        return type;
    }

    String unit() {
        return unit;
    }

    /** Boolean, Double, or null when a numeric requirement is not set. */
    Object read(Requirements requirements) {
        return read.apply(requirements);
    }

    static Optional<RequirementField> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }

    private static Double asDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
