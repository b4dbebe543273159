package dev.benchboard.decision;

import java.util.List;
import java.util.stream.Collectors;

/** A decision tree or framework-profile file that cannot be used, with every problem found and where. */
public class InvalidDecisionDataException extends RuntimeException {

    private final List<DataProblem> problems;

    public InvalidDecisionDataException(String document, List<DataProblem> problems) {
        super(document + " is invalid:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
