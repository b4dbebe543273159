package dev.benchboard.ingest;

import dev.benchboard.ingest.format.chaos.ChaosEventsCsvImporter;
import dev.benchboard.ingest.format.chaos.ChaosEventsJsonImporter;
import dev.benchboard.ingest.format.chaos.LitmusChaosResultImporter;
import dev.benchboard.ingest.format.chaos.OutageTableCsvImporter;
import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.ingest.format.chaos.ReportedSummaryCsvImporter;
import dev.benchboard.ingest.format.gc.GcCsvImporter;
import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.ingest.model.Importer;
import java.util.List;

/** The importers Benchboard ships: plain classes, listed here once. */
public final class ImporterCatalog {

    private ImporterCatalog() {
    }

    public static List<Importer> all() {
        return List.of(
                new GoGctraceImporter(), new GcCsvImporter(),
                new ChaosEventsCsvImporter(), new ChaosEventsJsonImporter(), new ProbeLogCsvImporter(),
                new OutageTableCsvImporter(), new ReportedSummaryCsvImporter(), new LitmusChaosResultImporter());
    }
}
