package dev.benchboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.chaos.ChaosEventsJsonImporter;
import dev.benchboard.ingest.format.locust.LocustHistoryCsvImporter;
import dev.benchboard.ingest.format.locust.LocustStatsCsvImporter;
import dev.benchboard.ingest.format.structured.JMeterJtlImporter;
import dev.benchboard.ingest.format.structured.K6NdjsonImporter;
import dev.benchboard.ingest.format.structured.VegetaReportImporter;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappingPreview;
import dev.benchboard.ingest.mapping.MappingRoles;
import dev.benchboard.ingest.mapping.MappingProblem;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Real files of the structured, Locust, chaos and mapped formats, damaged as files are in practice (fixtures/refused,
 * see its README): the refusal, the row problems and the warnings read in Chinese for a Chinese reader — with the
 * line, the field and the value found in place — while their English, the API's text, is what it always was.
 */
class ImporterSentencesInChineseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aK6CaptureCutOffMidLineWithAHandEditedTime() throws Exception {
        ImportContext context = read(new K6NdjsonImporter(), "refused/k6-cut.json");

        Problem problem = context.problems().getFirst();
        assertThat(context.problems()).hasSize(1);
        readsInChinese(problem.message(), "line 8 (data.time): expected an RFC 3339 time, found 'yesterday'",
                "第 8 行", "data.time", "RFC 3339", "'yesterday'");
        readsInChinese(warning(context, "line 400"),
                "line 400: the last line is incomplete (the file ends without a newline — cut off?); ignored", "第 400 行");
        readsInChinese(warning(context, "executor"), "k6's JSON output does not say which executor ran; treated as"
                + " closed-loop (coordinated omission: tails may be understated unless an arrival-rate executor was used)",
                "executor", "协调遗漏");
    }

    @Test
    void aJMeterResultWithASpreadsheetFormulaForALatency() throws Exception {
        ImportContext context = read(new JMeterJtlImporter(), "refused/jmeter-bad-row.jtl");

        readsInChinese(context.problems().getFirst().message(),
                "line 5 (elapsed): expected a latency between 0 and 1 h (3600000 ms), found a spreadsheet formula '=1+1'",
                "第 5 行", "elapsed", "3600000 ms", "'=1+1'", "电子表格公式");
        readsInChinese(warning(context, "thread groups"),
                "JMeter thread groups are closed-loop: coordinated omission applies, tails may be understated", "JMeter");
    }

    @Test
    void aVegetaReportOfNoRequestsIsRefused() {
        ImportException refused = refused(new VegetaReportImporter(), "refused/vegeta-no-requests.json");

        assertThat(refused.getMessage()).isEqualTo(refused.sentence().english());
        readsInChinese(refused.sentence(), "line 1, column " + refused.column()
                        + " (requests): expected a report of at least one request (vegeta), found 0 requests",
                "第 1 行", "requests", "（vegeta）", "0 个请求");
    }

    @Test
    void locustFilesWithABadCountAndCutOffMidRow() throws Exception {
        ImportContext stats = read(new LocustStatsCsvImporter(), "refused/plain-bad-count_stats.csv");
        readsInChinese(stats.problems().getFirst().message(),
                "line 2, column 3 (Request Count): expected a request count between 0 and 9.223372036854776E18, found 'many'",
                "第 2 行第 3 列", "Request Count", "'many'", "请求数");

        ImportContext history = read(new LocustHistoryCsvImporter(), "locust/truncated_stats_history.csv");
        Sentence cut = warning(history, "cut off");
        assertThat(cut.english()).matches("line \\d+ is cut off \\(the file ends without a line end: Locust was stopped"
                + " mid-write or the file was truncated\\); it was not used");
        readsInChinese(cut, cut.english(), "第 " + cut.english().split(" ")[1] + " 行", "Locust");
    }

    @Test
    void aChaosEventLogWithAnUnknownEventAndNoEnd() throws Exception {
        ImportContext context = read(new ChaosEventsJsonImporter(), "refused/chaos-bad-event.json");

        readsInChinese(context.problems().getFirst().message(), "line 81 (event): expected one of experiment_start,"
                        + " fault_injected, down, up, fault_cleared, experiment_end, found 'crash'",
                "第 81 行", "event", "'crash'", "fault_injected, down");
        Sentence noEnd = warning(context, "no experiment_end");
        assertThat(noEnd.english()).isEqualTo("no experiment_end event: the window ends at the last event"
                + " (2026-11-21T23:12:33.964Z), so uptime outside the log is not counted");
        readsInChinese(noEnd, noEnd.english(), "experiment_end", "2026-11-21T23:12:33.964Z");
    }

    @Test
    void aColumnMappingWithAWrongUnit() throws Exception {
        MappingProblem unit = catchThrowableOfType(MappingProblem.class, () -> ColumnMapping.parse(
                DRIVER_MAPPING.replace("\"timeUnit\": \"ms\"", "\"timeUnit\": \"minutes\"")));
        assertThat(unit.getMessage()).isEqualTo(unit.sentence().english());
        readsInChinese(unit.sentence(), "column mapping: timeUnit: expected one of s, ms, us, ns, found minutes",
                "timeUnit", "minutes", "s、ms、us、ns");

        // epoch milliseconds read as ISO text: the preview marks each start with what it expected there
        String head = text("chaos/attribution/driver-log.csv");
        List<MappingPreview.Row> rows = MappingPreview.rows(head, ColumnMapping.parse(
                DRIVER_MAPPING.replace("\"timeUnit\": \"ms\"", "\"timestampFormat\": \"iso\"")), 1);
        readsInChinese(rows.getFirst().values().get("start"),
                "✗ expected an ISO-8601 date-time (2026-12-07T15:00:00.123Z), found '1796658127033'",
                "ISO-8601", "'1796658127033'");
        assertThat(rows.getFirst().values().get("fault").in(CHINESE)).as("the data reads as it is").isEqualTo("process-kill");
        // the dialog's roles: their labels and meanings too
        MappingRoles.Role end = MappingRoles.of(DataKind.CHAOS).get(2);
        assertThat(end.label().english()).isEqualTo("Recovery / end");
        readsInChinese(end.meaning(), "when the service was back (or the fault cleared)", "服务恢复");
    }

    @Test
    void aMappedFileWithoutItsMappedColumnIsRefusedAtItsHeader() {
        assertThatThrownBy(() -> MappingPreview.rows(text("chaos/attribution/driver-log.csv"), ColumnMapping.parse(
                DRIVER_MAPPING.replace("ready_unix_ms", "ready_ms")), 1))
                .isInstanceOfSatisfying(ImportException.class, e -> readsInChinese(e.sentence(), e.getMessage(),
                        "第 1 行", "roles.end", "'ready_ms'", "start_unix_ms"));
    }

    /** The mapping the chaos driver's log is read with (MappedImporterTest's). */
    private static final String DRIVER_MAPPING = """
            {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}""";

    /**
     * The sentence reads {@code english} in English, and in Chinese has Han characters, no key or English of ours
     * left, and the data (line, field, value found) in place.
     */
    private static void readsInChinese(Sentence sentence, String english, String... kept) {
        assertThat(sentence.english()).isEqualTo(english);
        String chinese = sentence.in(CHINESE);
        assertThat(chinese).as(english).containsPattern("\\p{IsHan}").doesNotContain("!zh").doesNotContain("ingest.")
                .doesNotContain("expected").doesNotContain(" line ");
        for (String data : kept) assertThat(chinese).as(english).contains(data);
    }

    private static Sentence warning(ImportContext context, String containing) {
        return context.warnings().stream().filter(w -> w.english().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning with '" + containing + "' in " + context.warnings()));
    }

    private static ImportContext read(Importer importer, String fixture) throws IOException, ImportException {
        ImportContext context = ImportContext.withDefaults();
        try (InputStream in = open(fixture); TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            importer.parse(source, context);
        }
        return context;
    }

    private static ImportException refused(Importer importer, String fixture) {
        return catchThrowableOfType(ImportException.class, () -> read(importer, fixture));
    }

    private static String text(String fixture) throws IOException {
        try (InputStream in = open(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String fixture) {
        return Objects.requireNonNull(ImporterSentencesInChineseTest.class.getResourceAsStream("/fixtures/" + fixture), fixture);
    }
}
