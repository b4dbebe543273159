package dev.benchboard.decision;

/** One problem in a decision data file, located by its JSONPath (e.g. {@code $.nodes[3].test.fact}). */
public record DataProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
