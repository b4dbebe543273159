package dev.benchboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.StoredSentences;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.cli.HeyCsvImporter;
import dev.benchboard.ingest.format.cli.WrkTextImporter;
import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Chinese reader who drops a bad file reads in Chinese what is wrong (where, which field, what was expected, what
 * was found), while the API's English is the text it always was. Real captures (see the fixtures' READMEs): a wrk
 * output cut off before its summary, two hey CSVs joined with a row cut short, a gctrace whose lines other output
 * broke apart and one cut off at the end.
 */
class RefusalsInTheReadersLanguageTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aTruncatedWrkCaptureIsRefusedInChineseNamingTheLineAndWhatIsMissing() {
        ImportException refused = catchThrowableOfType(ImportException.class,
                () -> parse(new WrkTextImporter(), "wrk/cut-in-distribution.txt", ImportContext.withDefaults()));

        assertThat(refused.getMessage()).isEqualTo("line 9: expected the summary wrk prints when its test ends"
                + " ('N requests in T, B read', then Requests/sec) after the report starting at line 1 (wrk), found the end"
                + " of the file after line 9: the output was cut off before wrk finished; capture it again and upload the"
                + " whole output");
        assertThat(refused.sentence().english()).isEqualTo(refused.getMessage());
        String chinese = refused.sentence().in(CHINESE);
        assertThat(chinese).isEqualTo("第 9 行：应为 wrk 在测试结束时打印的汇总（“N requests in T, B read”，然后是 Requests/sec），"
                + "位于从第 1 行开始的报告之后（wrk），实际为 第 9 行之后文件就结束了：输出在 wrk 完成之前被截断；请重新捕获并上传完整输出");
        readsAsChinese(chinese);
    }

    @Test
    void aHeyCsvRowCutShortIsARowProblemInChineseWithItsLineAndFoundValue() throws Exception {
        ImportContext context = ImportContext.withDefaults();
        parse(new HeyCsvImporter(), "hey-csv/joined-cut-row.csv", context);

        assertThat(context.accepted()).isEqualTo(77);
        assertThat(context.problems()).hasSize(1);
        Sentence problem = context.problems().getFirst().message();
        assertThat(problem.english()).isEqualTo("line 32: expected 8 columns (hey CSV), found 3");
        assertThat(problem.in(CHINESE)).isEqualTo("第 32 行：应为 8 列（hey CSV），实际为 3");
        assertThat(EnglishText.english(context.warnings()))
                .containsExactly("line 61: a second header line (several hey CSV files joined?); skipped");
        assertThat(context.warnings().getFirst().in(CHINESE))
                .isEqualTo("第 61 行：第二行表头（拼接了多个 hey CSV 文件？）；已跳过");
        readsAsChinese(problem.in(CHINESE));
    }

    @Test
    void gctraceWarningsAboutForeignOutputAndACutLastLineReadInChinese() throws Exception {
        ImportContext split = ImportContext.withDefaults();
        parse(new GoGctraceImporter(), "gc/gin-split-gctrace.txt", split);
        assertThat(split.warnings()).isNotEmpty();
        for (Sentence warning : split.warnings()) {
            assertThat(warning.key()).as("a sentence of ours, not English frozen as text: %s", warning).isPresent();
            readsAsChinese(warning.in(CHINESE));
        }
        Sentence rejoined = split.warnings().stream().filter(w -> w.english().contains("rejoined from their pieces"))
                .findFirst().orElseThrow();
        assertThat(rejoined.in(CHINESE)).startsWith("5 行 gc 被中途写入的其他输出打断，已由其片段重新拼接（gc ")
                .contains("，来自第 ");

        ImportContext cut = ImportContext.withDefaults();
        parse(new GoGctraceImporter(), "gc/truncated-gctrace.txt", cut);
        Sentence lastLine = cut.warnings().stream().filter(w -> w.english().contains("cut off")).findFirst().orElseThrow();
        assertThat(lastLine.english()).startsWith("line 39: the last line is cut off (no newline at the end of the file),"
                + " so it was not used: 'gc 30 @7.175s 0%");
        assertThat(lastLine.in(CHINESE)).startsWith("第 39 行：最后一行被截断（文件末尾没有换行符），因此未使用：'gc 30 @7.175s 0%");
    }

    @Test
    void aForeignFileIsRefusedInChineseWithTheCountsInPlace() {
        // 100,000 lines of a build log read as gctrace: refused at the foreign-line limit, not read to the size limit.
        String log = "INFO compiling module\n".repeat((int) ImportContext.SKIPPED_LINES_BEFORE_REFUSAL);
        ImportException refused = catchThrowableOfType(ImportException.class, () -> parse(new GoGctraceImporter(),
                new ByteArrayInputStream(log.getBytes(java.nio.charset.StandardCharsets.UTF_8)), ImportContext.withDefaults()));
        assertThat(refused.getMessage()).isEqualTo("line 100000: expected go-gctrace's lines, at least 1 in 10000 (go-gctrace),"
                + " found 100000 lines that are not go-gctrace's and 0 that are (or are blank): not go-gctrace output"
                + " (another file or format?)");
        assertThat(refused.sentence().in(CHINESE)).isEqualTo("第 100000 行：应为 go-gctrace 的行，至少每 10000 行中有 1 行"
                + "（go-gctrace），实际为 0 行是 go-gctrace 的行（或空行），而 100000 行不是：不是 go-gctrace 的输出（是其他文件或格式？）");
    }

    @Test
    void storedWarningsReadBackInEveryLanguageAndOldRowsAsTheirText() {
        List<Sentence> warnings = List.of(Sentence.of("ingest.hey-csv.second-header", "61"),
                Sentence.of("ingest.cli.cut-off", "5001", "'0.0002,0.0000'"));
        String column = Json.write(StoredSentences.stored(warnings));
        List<Sentence> read = StoredSentences.read(column);
        assertThat(EnglishText.english(read)).isEqualTo(EnglishText.english(warnings));
        assertThat(Sentence.in(read, CHINESE)).isEqualTo(Sentence.in(warnings, CHINESE));
        assertThat(StoredSentences.read(Json.write(List.of("written before sentences"))))
                .containsExactly(Sentence.verbatim("written before sentences"));
    }

    @Test
    void theUploadRefusalsKeepTheirEnglishForTheApi() {
        UploadError duplicate = new UploadError(Sentence.of("ingest.upload.duplicate-of", "12"), null, null, null, null,
                null, null, null, null, 12L);
        assertThat(Json.write(duplicate)).isEqualTo("{\"error\":\"the same file (same SHA-256) was already uploaded to this"
                + " evaluation as upload 12; nothing was stored\",\"existingUploadId\":12}");
        assertThat(duplicate.error().in(CHINESE)).isEqualTo("同一文件（SHA-256 相同）已作为上传 12 上传到此评估，未存储任何内容");
        assertThat(Json.read(Json.write(Map.of("kind", UploadService.kind(dev.benchboard.evidence.DataKind.CHAOS))),
                Map.class)).containsEntry("kind", "CHAOS");
    }

    private static void readsAsChinese(String text) {
        assertThat(text).containsPattern("\\p{IsHan}").doesNotContain("!zh:").doesNotContainPattern("ingest\\.[a-z]");
    }

    private static void parse(Importer importer, String fixture, ImportContext context) throws IOException, ImportException {
        try (InputStream in = RefusalsInTheReadersLanguageTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            parse(importer, in, context);
        }
    }

    private static void parse(Importer importer, InputStream in, ImportContext context) throws IOException, ImportException {
        try (TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            importer.parse(source, context);
        }
    }
}
