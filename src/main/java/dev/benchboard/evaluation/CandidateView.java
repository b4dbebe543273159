package dev.benchboard.evaluation;

/** A candidate as the rest of the application sees it; {@code framework} is its profile key, null for none. */
public record CandidateView(long id, String name, String framework, String version, String goVersion, String notes) {
}
