package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.ReportedReliability;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reliability figures someone else computed (an article's table, a vendor report):
 * {@code fault_type,mtbf_h,mttr_s,failure_rate[,runs]}. They become {@link ReportedReliability}
 * records, stored and shown as reported, never mixed with figures computed from outages.
 * <p>
 * failure_rate is a percentage, as such tables print it: "12.3" and "12.3%" both mean 12.3 %
 * (a column named failure_rate_pct says so explicitly; one named failure_rate_fraction holds 0..1 and
 * is converted to percent). When every failure_rate is at most 1 the file may hold fractions instead;
 * it is still read as percent, with a warning. MTBF must be positive, MTTR
 * and the failure rate not negative, runs a whole number of at least 1.
 */
public final class ReportedSummaryCsvImporter implements Importer {

    public static final String FORMAT = "reported-summary-csv";

    private static final double MAX_MTBF_HOURS = 1_000_000;          // over a century
    private static final double MAX_MTTR_SECONDS = 365.0 * 86_400;   // a year

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Reported reliability summary CSV (fault_type, mtbf_h, mttr_s, failure_rate)";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 95 with fault_type, mtbf_h and mttr_s in the header, 0 otherwise. */
    @Override
    public int detect(String head) {
        List<String> columns = CsvTable.columnsOf(head);
        return columns.contains("fault_type") && columns.contains("mtbf_h") && columns.contains("mttr_s") ? 95 : 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int faultType = csv.required("fault_type");
        int mtbf = csv.required("mtbf_h");
        int mttr = csv.required("mttr_s");
        int rate = csv.required("failure_rate", "failure_rate_pct", "failure_rate_fraction");
        boolean fraction = csv.header().get(rate).strip().equalsIgnoreCase("failure_rate_fraction");
        int runs = csv.optional("runs");
        List<ReportedReliability> reported = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean allAtMostOne = true;
        CsvRecord row;
        while ((row = csv.next()) != null) {
            try {
                String type = row.name(faultType);
                if (type == null) {
                    throw row.problem(faultType, Sentence.of("ingest.chaos.expected.fault-type"),
                            Sentence.of("ingest.chaos.found.empty-cell"));
                }
                double mtbfHours = row.number(mtbf, 0, MAX_MTBF_HOURS, Sentence.of("ingest.chaos.summary.what.mtbf"));
                if (mtbfHours == 0) {
                    throw row.problem(mtbf, Sentence.of("ingest.chaos.summary.expected.mtbf"), Text.quote(row.text(mtbf)));
                }
                double mttrSeconds = row.number(mttr, 0, MAX_MTTR_SECONDS, Sentence.of("ingest.chaos.summary.what.mttr"));
                double percent = fraction
                        ? 100 * row.number(rate, 0, 1, Sentence.of("ingest.chaos.summary.what.fraction"))
                        : percent(row, rate);
                Double count = row.optionalNumber(runs, 1, Integer.MAX_VALUE, Sentence.of("ingest.chaos.summary.what.runs"));
                if (count != null && count != Math.rint(count)) {
                    throw row.problem(runs, Sentence.of("ingest.chaos.summary.expected.runs"), Text.quote(row.text(runs)));
                }
                if (!seen.add(type)) {
                    context.warn(Sentence.of("ingest.chaos.summary.warning.repeated", String.valueOf(row.line()), type));
                }
                allAtMostOne &= percent <= 1;
                reported.add(new ReportedReliability(type, mtbfHours, mttrSeconds, percent,
                        count == null ? null : count.intValue()));
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        CellSentences.requireRecords(csv, reported.size(), context, FORMAT, Sentence.of("ingest.chaos.expected.summary-row"));
        if (allAtMostOne && !fraction) {
            context.warn(Sentence.of("ingest.chaos.summary.warning.fractions"));
        }
        ChaosData data = new ChaosData(context.hint("experiment"), null, null, null, null, reported, null);
        return ImportResult.ofChaos(List.of(data));
    }

    private static double percent(CsvRecord row, int column) throws RowProblem {
        String cell = row.text(column);
        String number = cell != null && cell.endsWith("%") ? cell.substring(0, cell.length() - 1) : cell;
        Double value = Numbers.decimal(number);
        if (value == null || value < 0 || value > 100) {
            throw row.problem(column, Sentence.of("ingest.chaos.summary.expected.percent"),
                    cell == null ? Sentence.of("ingest.chaos.found.empty-cell") : Problem.data(Text.quote(cell)));
        }
        return value;
    }
}
