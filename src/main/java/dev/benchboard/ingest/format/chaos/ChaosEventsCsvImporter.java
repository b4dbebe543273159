package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chaos events CSV (Benchboard's own log shape): {@code timestamp,event,fault_type,component[,detail]},
 * header-driven; timestamp and event are required columns. ChaosLogTimestamps are ISO-8601 or epoch numbers
 * (see {@link ChaosLogTimestamps}). Outages and the window are derived by {@link ChaosTimeline}; the
 * experiment's name comes from the upload form (hint "experiment"), a CSV has no place for it.
 */
public final class ChaosEventsCsvImporter implements Importer {

    public static final String FORMAT = "chaos-events-csv";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Chaos events CSV (timestamp, event, fault_type, component)";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 95 with the header and a known event name in the rows, 60 with the header alone. */
    @Override
    public int detect(String head) {
        String[] lines = head.strip().split("\r?\n", 50);
        List<String> header = CsvTable.columnsOf(head);
        if (!header.contains("event") || !(header.contains("timestamp") || header.contains("time"))) return 0;
        int eventColumn = header.indexOf("event");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length > eventColumn && ChaosEventNames.ALL.contains(cells[eventColumn].strip().toLowerCase(java.util.Locale.ROOT))) {
                return 95;
            }
        }
        return 60;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        CsvTable csv = CsvTable.open(source, FORMAT);
        int time = csv.required("timestamp", "time");
        int event = csv.required("event");
        int faultType = csv.optional("fault_type");
        int component = csv.optional("component");
        int detail = csv.optional("detail");
        ChaosLogTimestamps timestamps = new ChaosLogTimestamps(context);
        List<LoggedEvent> events = new ArrayList<>();
        CsvRecord row;
        while ((row = csv.next()) != null) {
            try {
                events.add(new LoggedEvent(ChaosEventNames.event(
                        timestamps.parse(row.text(time), row.line(), time + 1, csv.header().get(time).strip()),
                        row.text(event), row.name(faultType), row.name(component), row.name(detail),
                        row.line(), event + 1, faultType < 0 ? null : faultType + 1), row.line()));
                context.accept(FORMAT, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        CellSentences.requireRecords(csv, events.size(), context, FORMAT, Sentence.of("ingest.chaos.expected.event-row"));
        return ImportResult.ofChaos(List.of(new ChaosTimeline(context, FORMAT).derive(context.hint("experiment"), events)));
    }
}
