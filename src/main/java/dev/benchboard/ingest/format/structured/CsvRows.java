package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.source.CsvLines;
import java.io.IOException;
import java.util.List;

/** Records of a header-driven CSV where one broken record is a row problem, not the end of the file. */
final class CsvRows {

    private CsvRows() {
    }

    /** The next record's fields, or null at the end; a record with an open quote goes to the problems. */
    static List<String> next(CsvLines csv, RowProblems problems) throws IOException, ImportException {
        while (true) {
            try {
                return csv.next();
            } catch (ImportException e) {
                if (!CsvLines.UNCLOSED_QUOTE.equals(e.expected())) throw e;    // limits and undecodable text stay fatal
                problems.add(new Problem(e.line(), e.column(), e.field(), e.expected(), e.found()));
            }
        }
    }

    static Problem columnCount(long line, int expected, int found) {
        return new Problem(line, null, null, Sentence.of("ingest.structured.expected.columns", String.valueOf(expected)),
                String.valueOf(found));
    }
}
