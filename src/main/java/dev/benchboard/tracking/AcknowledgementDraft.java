package dev.benchboard.tracking;

/** What POST /api/evaluations/{id}/acknowledgements takes. */
public record AcknowledgementDraft(String baseline, String candidate, String benchmark, String metric, String note) {
}
