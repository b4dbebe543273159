package dev.benchboard.ingest;

import dev.benchboard.ingest.format.chaos.ChaosEventsCsvImporter;
import dev.benchboard.ingest.format.cli.AbGnuplotTsvImporter;
import dev.benchboard.ingest.format.cli.AbPercentileCsvImporter;
import dev.benchboard.ingest.format.cli.AbTextImporter;
import dev.benchboard.ingest.format.cli.GoBenchImporter;
import dev.benchboard.ingest.format.cli.HdrPercentileImporter;
import dev.benchboard.ingest.format.cli.HeyCsvImporter;
import dev.benchboard.ingest.format.cli.HeyTextImporter;
import dev.benchboard.ingest.format.cli.SiegeLogCsvImporter;
import dev.benchboard.ingest.format.cli.SiegeTextImporter;
import dev.benchboard.ingest.format.cli.Wrk2TextImporter;
import dev.benchboard.ingest.format.cli.WrkTextImporter;
import dev.benchboard.ingest.format.chaos.ChaosEventsJsonImporter;
import dev.benchboard.ingest.format.chaos.LitmusChaosResultImporter;
import dev.benchboard.ingest.format.chaos.OutageTableCsvImporter;
import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.ingest.format.chaos.ReportedSummaryCsvImporter;
import dev.benchboard.ingest.format.gc.GcCsvImporter;
import dev.benchboard.ingest.format.locust.LocustFailuresCsvImporter;
import dev.benchboard.ingest.format.locust.LocustHistoryCsvImporter;
import dev.benchboard.ingest.format.locust.LocustStatsCsvImporter;
import dev.benchboard.ingest.format.structured.AutocannonJsonImporter;
import dev.benchboard.ingest.format.structured.GatlingSimulationLogImporter;
import dev.benchboard.ingest.format.structured.GatlingStatsJsonImporter;
import dev.benchboard.ingest.format.structured.GenericCsvImporter;
import dev.benchboard.ingest.format.structured.GenericJsonImporter;
import dev.benchboard.ingest.format.structured.JMeterJtlImporter;
import dev.benchboard.ingest.format.structured.JmhJsonImporter;
import dev.benchboard.ingest.format.structured.K6NdjsonImporter;
import dev.benchboard.ingest.format.structured.K6SummaryImporter;
import dev.benchboard.ingest.format.structured.RawLatencyCsvImporter;
import dev.benchboard.ingest.format.structured.VegetaReportImporter;
import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.ingest.model.Importer;
import java.util.List;

/** The importers Benchboard ships: plain classes, listed here once. */
public final class ImporterCatalog {

    private ImporterCatalog() {
    }

    public static List<Importer> all() {
        return List.of(
                new WrkTextImporter(), new Wrk2TextImporter(), new HeyTextImporter(), new HeyCsvImporter(),
                new HdrPercentileImporter(), new GoBenchImporter(),
                new AbTextImporter(), new AbPercentileCsvImporter(), new AbGnuplotTsvImporter(),
                new SiegeTextImporter(), new SiegeLogCsvImporter(), new AutocannonJsonImporter(),
                new LocustStatsCsvImporter(), new LocustHistoryCsvImporter(), new LocustFailuresCsvImporter(),
                new JmhJsonImporter(), new GatlingSimulationLogImporter(), new GatlingStatsJsonImporter(),
                new K6SummaryImporter(), new K6NdjsonImporter(), new JMeterJtlImporter(), new VegetaReportImporter(),
                new GenericCsvImporter(), new GenericJsonImporter(), new RawLatencyCsvImporter(),
                new GoGctraceImporter(), new GcCsvImporter(),
                new ChaosEventsCsvImporter(), new ChaosEventsJsonImporter(), new ProbeLogCsvImporter(),
                new OutageTableCsvImporter(), new ReportedSummaryCsvImporter(), new LitmusChaosResultImporter());
    }
}
