package dev.benchboard.evaluation;

/** Rejects requirements no real service could have, naming the field. */
final class RequirementsCheck {

    private RequirementsCheck() {
    }

    static void validate(Requirements r) {
        positive("targetQps", r.targetQps());
        positive("p99SloMs", r.p99SloMs());
        if (r.availabilitySlo() != null && !(r.availabilitySlo() > 0 && r.availabilitySlo() < 1)) {
            throw new IllegalArgumentException("availabilitySlo: expected a fraction between 0 and 1 (e.g. 0.9995), got " + r.availabilitySlo());
        }
        if (r.headroomPercent() != null && !(r.headroomPercent() >= 0 && r.headroomPercent() <= 1000)) {
            throw new IllegalArgumentException("headroomPercent: expected 0..1000, got " + r.headroomPercent());
        }
        if (r.redundancy() != null && r.redundancy() < 0) {
            throw new IllegalArgumentException("redundancy: expected ≥ 0, got " + r.redundancy());
        }
        if (r.instanceCores() != null && r.instanceCores() <= 0) {
            throw new IllegalArgumentException("instanceCores: expected > 0, got " + r.instanceCores());
        }
        positive("instanceMemoryGb", r.instanceMemoryGb());
        if (r.costPerInstanceHour() != null && !(r.costPerInstanceHour() >= 0 && Double.isFinite(r.costPerInstanceHour()))) {
            throw new IllegalArgumentException("costPerInstanceHour: expected ≥ 0, got " + r.costPerInstanceHour());
        }
    }

    private static void positive(String field, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(field + ": expected a positive number, got " + value);
        }
    }
}
