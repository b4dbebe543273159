package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.chaos.WindowHints;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.ChaosEvent;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.source.Text;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fault-injection log by mapping: one row per injection (fault type, start, optionally recovery/end
 * and component). Each row gives a fault_injected event at start and, with an end, a fault_cleared
 * event and an outage from start to end (the driver's own view of the outage: down from the injection
 * until the service was back). With a probe log of the same run, the report uses the prober's
 * outages instead and this log only names their cause (fault attribution).
 * <p>
 * Window: the upload form's windowStart/windowEnd, else the first start to the last end (with a warning:
 * uptime before and after the log is not counted).
 */
final class MappedChaos {

    private static final String INJECTED = "fault_injected";
    private static final String CLEARED = "fault_cleared";

    private final ColumnMapping mapping;
    private final MappedTable table;
    private final MappedValues values;
    private final ImportContext context;
    private final String format;

    MappedChaos(ColumnMapping mapping, MappedTable table, MappedValues values, ImportContext context, String format) {
        this.mapping = mapping;
        this.table = table;
        this.values = values;
        this.context = context;
        this.format = format;
    }

    private record Injection(String fault, String component, Instant start, Instant end, long line) {}

    ImportResult read() throws ImportException, IOException {
        int fault = table.column(mapping.column(MappingRoles.FAULT));
        int start = table.column(mapping.column(MappingRoles.START));
        int end = table.column(mapping.column(MappingRoles.END));
        int component = table.column(mapping.column(MappingRoles.COMPONENT));
        List<Injection> injections = new ArrayList<>();
        MappedTable.Row row;
        while ((row = table.next()) != null) {
            try {
                String type = name(row, fault, true);
                Instant from = values.timestamp(row, start);
                Instant to = end < 0 || row.text(end) == null ? null : values.timestamp(row, end);
                if (to != null && to.isBefore(from)) {
                    throw row.problem(end, Sentence.of("ingest.mapping.expected.recovery", from.toString()), Text.quote(row.text(end)));
                }
                injections.add(new Injection(type, name(row, component, false), from, to, row.line()));
                context.accept(format, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        if (injections.isEmpty()) {
            if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
            throw ImportException.at(format, 2, Sentence.of("ingest.mapping.expected.injection-row"), Sentence.of("ingest.mapping.found.none"));
        }
        injections.sort(Comparator.comparing(Injection::start));
        long open = injections.stream().filter(i -> i.end() == null).count();
        if (open > 0) {
            context.warn(Sentence.of("ingest.mapping.warning.open-injections", String.valueOf(open)));
        }
        List<ChaosEvent> events = new ArrayList<>();
        List<Outage> outages = new ArrayList<>();
        for (Injection i : injections) {
            events.add(new ChaosEvent(i.start(), INJECTED, i.fault(), i.component(), "line " + i.line()));
            if (i.end() != null) {
                events.add(new ChaosEvent(i.end(), CLEARED, i.fault(), i.component(), "line " + i.line()));
                outages.add(new Outage(i.fault(), i.component(), i.start(), i.start(), i.end()));
            }
        }
        events.sort(Comparator.comparing(ChaosEvent::time));
        Instant first = injections.getFirst().start();
        Instant last = injections.stream().map(i -> i.end() == null ? i.start() : i.end()).max(Comparator.naturalOrder()).orElseThrow();
        WindowHints hints = WindowHints.read(context, format);
        Instant from = hints.start() != null ? hints.start() : first;
        Instant to = hints.end() != null ? hints.end() : last;
        if (hints.start() == null || hints.end() == null) {
            context.warn(Sentence.of("ingest.mapping.warning.no-window"));
        }
        if (!to.isAfter(from)) {
            throw ImportException.at(format, 0, Sentence.of("ingest.mapping.expected.window-end", from.toString()), to.toString());
        }
        context.setting("injections", Integer.toString(injections.size()));
        return ImportResult.ofChaos(List.of(new ChaosData(context.hint("experiment"), from, to, events, outages, null, null)));
    }

    private String name(MappedTable.Row row, int column, boolean required) throws RowProblem {
        String cell = required ? MappedValues.required(row, column, Sentence.of("ingest.mapping.expected.fault-type")) : row.text(column);
        if (cell != null && Text.looksLikeFormula(cell)) {
            throw row.problem(column, Sentence.of("ingest.mapping.expected.plain-name"), Text.quote(cell));
        }
        return cell;
    }
}
