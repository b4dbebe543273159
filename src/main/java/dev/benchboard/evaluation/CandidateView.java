package dev.benchboard.evaluation;

/** A candidate as the rest of the application sees it. */
public record CandidateView(long id, String name, String framework, String version, String goVersion, String notes) {
}
