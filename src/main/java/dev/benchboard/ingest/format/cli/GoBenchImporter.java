package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code go test -bench} text, benchstat's input format: configuration lines {@code key: value}
 * ({@code goos}, {@code goarch}, {@code pkg}, {@code cpu}, …) apply to the rows after them; a row is
 * {@code BenchmarkName-8  N  123 ns/op  64 B/op  2 allocs/op [12.3 MB/s] [custom units]}.
 *
 * <p>Each row becomes one run (one sample): label = the benchmark name without the -GOMAXPROCS
 * suffix (the suffix goes to the {@code gomaxprocs} setting; like benchstat, a trailing -N is always
 * read as GOMAXPROCS), settings = the configuration in force plus {@code iterations} and
 * {@code sample} (1, 2, … among rows of the same benchmark, package and GOMAXPROCS), metrics = unit
 * → value. Repeated rows of a benchmark ({@code -count=10}, or outputs appended one after another)
 * are samples of it: same label, increasing sample number.
 *
 * <p>PASS, ok, FAIL, test log output (indented, so never read as configuration) and other lines
 * are skipped and counted. A row's values must be
 * finite; the built-in units (ns/op, B/op, allocs/op, MB/s) must not be negative (custom units
 * reported with b.ReportMetric may be).
 */
public final class GoBenchImporter implements Importer {

    public static final String FORMAT = "go-bench";

    /** benchfmt: a key starting in lower case, without spaces or upper case, at the start of the line. */
    private static final Pattern CONFIG = Pattern.compile("([a-z][^\\sA-Z:]*):\\s*(.*)");
    private static final Pattern PROCS = Pattern.compile("(.+)-(\\d+)");
    private static final Set<String> BUILT_IN_UNITS = Set.of("ns/op", "B/op", "allocs/op", "MB/s");
    /** An hour per operation: beyond it a ns/op value is a broken line, not a benchmark. */
    private static final double MAX_NS_PER_OP = 3.6e12;

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "go test -bench text"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        int rows = 0;
        boolean config = false;
        for (String line : CliLines.headLines(head, 2000)) {
            if (isRow(line)) rows++;
            if (line.startsWith("goos:") || line.startsWith("goarch:") || line.startsWith("pkg:")) config = true;
        }
        if (rows > 0) return config ? 96 : 90;
        return config ? 50 : 0;
    }

    /** "Benchmark" + a name not starting in lower case, then an iteration count and a number. */
    private static boolean isRow(String line) {
        if (!line.startsWith("Benchmark")) return false;
        String[] t = line.split("\\s+");
        return t.length >= 4 && (t[0].length() == 9 || !Character.isLowerCase(t[0].charAt(9)))
                && Counts.parse(t[1]) >= 0 && !Double.isNaN(FastDecimal.parse(t[2]));
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        ValueCheck check = new ValueCheck(context);
        CliLines lines = new CliLines(source.lines(FORMAT), context);
        Map<String, String> config = new LinkedHashMap<>();
        Map<String, Integer> samples = new HashMap<>();
        List<RunData> runs = new ArrayList<>();
        for (String text; (text = lines.next()) != null; ) {
            String line = text.strip();
            long n = lines.lineNumber();
            if (line.isEmpty()) continue;
            Matcher m;
            if (line.startsWith("Benchmark") && line.length() > 9 && !Character.isLowerCase(line.charAt(9))
                    && line.split("\\s+").length > 1) {
                RunData run = row(line, n, config, samples, check);
                if (run != null) {
                    context.accept(FORMAT, n);
                    runs.add(run);
                }
            } else if ((m = CONFIG.matcher(text.stripTrailing())).matches()) {
                config.put(m.group(1), m.group(2).strip());
                context.setting(m.group(1), m.group(2).strip());
            } else {
                context.skip(FORMAT, n);   // PASS, ok, FAIL, test logs, application output
            }
        }
        if (runs.isEmpty() && context.rejected() == 0) {
            throw ImportException.at(FORMAT, 1, Sentence.of("ingest.gobench.rows"), Sentence.of("ingest.upload.no-records-found"));
        }
        return ImportResult.ofRuns(runs);
    }

    private static RunData row(String line, long n, Map<String, String> config, Map<String, Integer> samples,
                               ValueCheck check) {
        String[] t = line.split("\\s+");
        String fullName = t[0];
        if (t.length < 4 || (t.length - 2) % 2 != 0) {
            check.reject(n, fullName, Sentence.of("ingest.gobench.row-shape"), String.join(" ", t));
            return null;
        }
        long iterations = Counts.parse(t[1]);
        if (iterations <= 0) {
            check.reject(n, "iterations", Sentence.of("ingest.gobench.iterations"), t[1]);
            return null;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 2; i < t.length; i += 2) {
            String unit = t[i + 1];
            double value = FastDecimal.parse(t[i]);
            boolean builtIn = BUILT_IN_UNITS.contains(unit);
            if (!Double.isFinite(value) || (builtIn && value < 0)) {
                check.reject(n, unit, Sentence.of(builtIn ? "ingest.gobench.non-negative" : "ingest.gobench.finite"), t[i]);
                return null;
            }
            if (unit.equals("ns/op") && value > MAX_NS_PER_OP) {
                check.reject(n, unit, Sentence.of("ingest.gobench.max"), t[i]);
                return null;
            }
            if (metrics.put(unit, value) != null) {
                check.rejectDescribed(n, unit, Sentence.of("ingest.gobench.unit-once"), Sentence.of("ingest.gobench.unit-twice", unit));
                return null;
            }
        }
        String name = fullName;
        String procs = null;
        Matcher p = PROCS.matcher(fullName);
        if (p.matches()) {
            name = p.group(1);
            procs = p.group(2);
        }
        String key = config.get("pkg") + " " + name + " " + procs;
        int sample = samples.merge(key, 1, Integer::sum);
        RunDataBuilder b = RunData.builder().label(name).settings(config)
                .setting("gomaxprocs", procs)
                .setting("iterations", Long.toString(iterations))
                .setting("sample", Integer.toString(sample));
        metrics.forEach(b::metric);
        return b.build();
    }
}
