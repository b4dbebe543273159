package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HdrHistogram's percentile distribution output (Java {@code outputPercentileDistribution}, C
 * {@code hdr_percentiles_print}), as printed on its own and inside wrk2's "Detailed Percentile
 * spectrum": a header {@code Value Percentile TotalCount 1/(1-Percentile)}, rows of value, percentile
 * (0..1), cumulative count and 1/(1-percentile) ({@code inf}/{@code Infinity} or missing on the
 * 100 % row), then the classic footer {@code #[Mean = …, StdDeviation = …]},
 * {@code #[Max = …, Total count = …]}, {@code #[Buckets = …, SubBuckets = …]}. Both the classic
 * (space-aligned) and the CSV layout are read. Values are converted to ms by {@code toMs}.
 */
final class HdrPercentileTable {

    private static final Pattern MEAN = Pattern.compile("#\\[Mean\\s*=\\s*(\\S+),\\s*StdDeviation\\s*=\\s*(\\S+)]");
    private static final Pattern MAX = Pattern.compile("#\\[Max\\s*=\\s*(\\S+),\\s*Total count\\s*=\\s*(\\S+)]");
    private static final Pattern BUCKETS = Pattern.compile("#\\[Buckets\\s*=\\s*(\\S+),\\s*SubBuckets\\s*=\\s*(\\S+)]");

    private final ImportContext context;
    private final ValueCheck check;
    private final DoubleUnaryOperator toMs;
    private final String unitName;
    private final List<Percentile> rows = new ArrayList<>();
    private double lastValue = Double.NEGATIVE_INFINITY;
    private double lastPercentile = Double.NEGATIVE_INFINITY;
    private long lastCount = -1;
    private boolean sawHeader;
    Double meanMs;
    Double stdevMs;
    Double maxMs;
    Long totalCount;
    String buckets;
    String subBuckets;

    HdrPercentileTable(ImportContext context, DoubleUnaryOperator toMs, String unitName) {
        this.context = context;
        this.check = new ValueCheck(context);
        this.toMs = toMs;
        this.unitName = unitName;
    }

    /** The column header, classic ({@code Value Percentile …}) or CSV (quoted or not). */
    static boolean isHeader(String line) {
        String compact = line.replace("\"", "").replace(",", " ").strip();
        String[] t = compact.split("\\s+");
        return t.length == 4 && t[0].equals("Value") && t[1].equals("Percentile") && t[2].equals("TotalCount")
                && t[3].equals("1/(1-Percentile)");
    }

    static boolean isFooter(String line) {
        return line.startsWith("#[Mean") || line.startsWith("#[Max") || line.startsWith("#[Buckets");
    }

    /** Takes the line when it is this table's (header, row or footer); false leaves it to the caller. */
    boolean offer(String line, long lineNumber) {
        if (isHeader(line)) {
            sawHeader = true;
            return true;
        }
        if (isFooter(line)) return footer(line, lineNumber);
        return row(line, lineNumber);
    }

    boolean sawHeader() {
        return sawHeader;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every row as a percentile (0..100) in ms, in file order. */
    List<Percentile> percentiles() {
        return List.copyOf(rows);
    }

    long lastCount() {
        return lastCount;
    }

    private boolean row(String line, long lineNumber) {
        String[] t = line.indexOf(',') >= 0 ? line.split("\\s*,\\s*") : line.split("\\s+");
        if (t.length < 3 || t.length > 4) return false;
        // A row is recognised by its percentile and count columns; the value is then checked.
        double percentile = FastDecimal.parse(t[1]);
        long count = Counts.parse(t[2]);
        if (Double.isNaN(percentile) || (count < 0 && !t[2].startsWith("-"))) return false;
        Double valueMs = check.latencyMs(toMs.applyAsDouble(FastDecimal.parse(t[0])), lineNumber, "Value (" + unitName + ")", t[0]);
        if (valueMs == null) return true;
        if (percentile < 0 || percentile > 1) {
            check.reject(lineNumber, "Percentile", Sentence.of("ingest.hdr.fraction"), t[1]);
            return true;
        }
        if (count < 0) {
            check.reject(lineNumber, "TotalCount", Sentence.of("ingest.cli.whole-number"), t[2]);
            return true;
        }
        // Each column is cumulative: a row below the previous one is a broken line, not data.
        if (valueMs < lastValue) {
            check.reject(lineNumber, "Value", Sentence.of("ingest.hdr.value-order"), t[0]);
            return true;
        }
        if (percentile < lastPercentile) {
            check.reject(lineNumber, "Percentile", Sentence.of("ingest.hdr.percentile-order"), t[1]);
            return true;
        }
        if (count < lastCount) {
            check.reject(lineNumber, "TotalCount", Sentence.of("ingest.hdr.count-order", String.valueOf(lastCount)), t[2]);
            return true;
        }
        lastValue = valueMs;
        lastPercentile = percentile;
        lastCount = count;
        rows.add(new Percentile(percentile * 100, valueMs, LatencyOrigin.HDR_HISTOGRAM));
        return true;
    }

    private boolean footer(String line, long lineNumber) {
        Matcher m;
        if ((m = MEAN.matcher(line)).matches()) {
            meanMs = check.latencyMs(toMs.applyAsDouble(FastDecimal.parse(m.group(1))), lineNumber, "Mean", m.group(1));
            stdevMs = check.latencyMs(toMs.applyAsDouble(FastDecimal.parse(m.group(2))), lineNumber, "StdDeviation", m.group(2));
        } else if ((m = MAX.matcher(line)).matches()) {
            maxMs = check.latencyMs(toMs.applyAsDouble(FastDecimal.parse(m.group(1))), lineNumber, "Max", m.group(1));
            totalCount = check.count(m.group(2), lineNumber, "Total count");
            if (totalCount != null && lastCount >= 0 && totalCount != lastCount) {
                context.warn(Sentence.of("ingest.hdr.total-differs", String.valueOf(lineNumber), String.valueOf(totalCount),
                        String.valueOf(lastCount)));
            }
        } else if ((m = BUCKETS.matcher(line)).matches()) {
            buckets = m.group(1);
            subBuckets = m.group(2);
        } else {
            return false;
        }
        return true;
    }
}
