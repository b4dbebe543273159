package dev.benchboard.decision;

/**
 * What the service must achieve and what the team needs, as the decision reads them: the plain form of the
 * evaluation's requirements (mapped at the boundary, in {@code report.DecisionInputs}), so the decision needs no
 * JPA entity. Numbers are optional (null = not stated): the tree says "not set" rather than assume a value.
 *
 * @param availabilitySlo a fraction, e.g. 0.9995 for 99.95 %
 * @param headroomPercent capacity kept free at the target load, in percent
 * @param redundancy      k of N + k: instances that may fail at peak
 */
public record ServiceRequirements(
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

    public static ServiceRequirements none() {
        return new ServiceRequirements(null, null, null, null, null, null, null, null,
                false, false, false, false, false);
    }
}
