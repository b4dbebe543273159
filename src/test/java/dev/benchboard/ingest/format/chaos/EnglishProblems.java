package dev.benchboard.ingest.format.chaos;

import dev.benchboard.ingest.model.Problem;
import java.util.List;

/** Row problems as the API's English text, comparable with problems the tests write out in English. */
final class EnglishProblems {

    private EnglishProblems() {
    }

    static List<Problem> english(List<Problem> problems) {
        return problems.stream().map(p -> new Problem(p.line(), p.column(), p.field(), p.expected().english(),
                p.found() == null ? null : p.found().english())).toList();
    }
}
