package dev.benchboard.evaluation;

import jakarta.persistence.Embeddable;

/**
 * What the service must achieve and what the team needs. Numbers are optional (null = not stated);
 * the statistics and the decision tree say "not set" rather than assume a value.
 *
 * @param availabilitySlo a fraction, e.g. 0.9995 for 99.95 %
 * @param headroomPercent capacity kept free at the target load, in percent
 * @param redundancy      k of N + k: instances that may fail at peak
 */
@Embeddable
public record Requirements(
        Double targetQps,
        Double p99SloMs,
        Double availabilitySlo,
        Double headroomPercent,
        Integer redundancy,
        Integer instanceCores,
        Double instanceMemoryGb,
        Double costPerInstanceHour,
        boolean netHttpCompatibility,
        boolean http2,
        boolean websocket,
        boolean ecosystemPriority,
        boolean maintainabilityPriority) {

    public static Requirements none() {
        return new Requirements(null, null, null, null, null, null, null, null,
                false, false, false, false, false);
    }
}
