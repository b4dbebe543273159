package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The requirements a tree can test, named as in {@link ServiceRequirements}. */
public enum RequirementField implements Keyed {
    TARGET_QPS("targetQps", ValueType.NUMBER, "rps", ServiceRequirements::targetQps),
    P99_SLO_MS("p99SloMs", ValueType.NUMBER, "ms", ServiceRequirements::p99SloMs),
    AVAILABILITY_SLO("availabilitySlo", ValueType.NUMBER, "fraction", ServiceRequirements::availabilitySlo),
    HEADROOM_PERCENT("headroomPercent", ValueType.NUMBER, "%", ServiceRequirements::headroomPercent),
    REDUNDANCY("redundancy", ValueType.NUMBER, "instances", r -> asDouble(r.redundancy())),
    INSTANCE_CORES("instanceCores", ValueType.NUMBER, "cores", r -> asDouble(r.instanceCores())),
    INSTANCE_MEMORY_GB("instanceMemoryGb", ValueType.NUMBER, "GB", ServiceRequirements::instanceMemoryGb),
    COST_PER_INSTANCE_HOUR("costPerInstanceHour", ValueType.NUMBER, "per hour", ServiceRequirements::costPerInstanceHour),
    NET_HTTP_COMPATIBILITY("netHttpCompatibility", ValueType.BOOLEAN, null, ServiceRequirements::netHttpCompatibility),
    HTTP2("http2", ValueType.BOOLEAN, null, ServiceRequirements::http2),
    WEBSOCKET("websocket", ValueType.BOOLEAN, null, ServiceRequirements::websocket),
    ECOSYSTEM_PRIORITY("ecosystemPriority", ValueType.BOOLEAN, null, ServiceRequirements::ecosystemPriority),
    MAINTAINABILITY_PRIORITY("maintainabilityPriority", ValueType.BOOLEAN, null, ServiceRequirements::maintainabilityPriority);

    private final String key;
    private final ValueType type;
    private final String unit;
    private final Function<ServiceRequirements, Object> read;

    RequirementField(String key, ValueType type, String unit, Function<ServiceRequirements, Object> read) {
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
    Object read(ServiceRequirements requirements) {
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
