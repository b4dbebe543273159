package dev.benchboard.ingest.format.cli;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;

/**
 * wrk2's text report ({@code wrk2 -R <rate> --latency}): wrk's layout plus thread calibration lines,
 * an HdrHistogram latency distribution and its "Detailed Percentile spectrum". Latency is measured
 * from the planned send time, so there is no coordinated omission; the spectrum's rows become the
 * run's percentiles (origin HdrHistogram) and its footer gives mean, standard deviation and max in
 * full precision. The raw distribution is not rebuilt from the spectrum.
 *
 * <p>wrk2 does not print the -R rate it was given; the upload form's hint {@code rate} fills the
 * setting and, when given, a run that fell more than 10 % short of it is flagged.
 */
public final class Wrk2TextImporter implements Importer {

    public static final String FORMAT = "wrk2";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "wrk2 text (-R, --latency)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        WrkSignature s = WrkSignature.of(head);
        if (!s.wrk()) return 0;
        return s.wrk2() ? 97 : 40;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        return new WrkReportParser(FORMAT, true, context).parse(source);
    }
}
