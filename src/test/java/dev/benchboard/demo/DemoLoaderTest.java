package dev.benchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.QuotedFigureService;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.report.SweepFixtures;
import dev.benchboard.stats.capacity.SweepPoint;
import dev.benchboard.stats.capacity.UslFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DemoLoaderTest {

    @Autowired
    DemoLoader loader;

    @Autowired
    DemoUploads demoUploads;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    QuotedFigureService quoted;

    @Autowired
    UploadService uploads;

    @Autowired
    ReportService reports;

    private long demoId() {
        List<EvaluationSummary> demos = evaluations.list().stream().filter(EvaluationSummary::demo).toList();
        assertThat(demos).hasSize(1);
        return demos.getFirst().id();
    }

    @Test
    void loadsTheDemoOnceFromDataDemo() {
        loader.loadOnce();   // second call (the first ran at start-up): must not duplicate
        EvaluationDetails demo = evaluations.get(demoId());
        assertThat(demo.name()).isEqualTo("Pick an API framework (demo)");
        assertThat(demo.candidates()).extracting(c -> c.name()).containsExactly("Chi", "Echo", "Fiber", "Gin");
        assertThat(demo.requirements().p99SloMs()).isEqualTo(15.0);
        // Figures from decision-knowledge.md, each labelled with its source.
        assertThat(quoted.list(demo.id()))
                .anySatisfy(q -> {
                    assertThat(q.candidate()).isEqualTo("Fiber");
                    assertThat(q.metric()).isEqualTo("throughput");
                    assertThat(q.value()).isEqualTo(51320.0);
                    assertThat(q.source()).startsWith("quoted from public articles");
                });
    }

    @Test
    void theDemoHasTheMeasuredFilesOfDataDemoUploadsOnceEach() {
        loader.loadOnce();   // again: the marker is set, so no second copy of any file
        List<UploadView> stored = uploads.list(demoId());
        // data/demo/uploads/manifest.json: 2 sweeps × 9 wrk files, 1 + 3 gctraces, 1 chaos run, 2 go test -bench.
        assertThat(stored).hasSize(25);
        Map<String, Long> perCandidate = stored.stream()
                .collect(Collectors.groupingBy(UploadView::candidate, Collectors.counting()));
        assertThat(perCandidate).containsExactlyInAnyOrderEntriesOf(Map.of("Gin", 11L, "Fiber", 12L, "Chi", 2L));
        assertThat(stored).filteredOn(u -> u.kind() == DataKind.BENCHMARK && u.format().equals("wrk")).hasSize(18);
        assertThat(stored).filteredOn(u -> u.kind() == DataKind.GC).hasSize(4);
        assertThat(stored).filteredOn(u -> u.kind() == DataKind.CHAOS).extracting(UploadView::candidate)
                .containsExactly("Gin");
        assertThat(stored).filteredOn(UploadView::baseline).extracting(UploadView::fileName)
                .containsExactly("go-bench/baseline.txt");
        // Every measured file says what it is, and what it is not.
        assertThat(stored).allSatisfy(u -> {
            assertThat(u.formatDetected()).as("format of %s detected from the content", u.fileName()).isTrue();
            assertThat(u.label()).contains("measured on a 2-core CI machine").contains("not a framework benchmark");
        });
    }

    @Test
    void theDemoReportIsComputedFromTheUploadedFiles() {
        EvaluationReport report = reports.report(demoId());

        CandidateReport gin = report.candidate("Gin");
        assertThat(gin.capacity()).isNotNull();
        assertThat(gin.capacity().sources()).hasSize(9);
        // The nine uploaded wrk files are copies of fixtures/sweep/gin: the same points as parsed there.
        assertThat(gin.capacity().sweep()).extracting(SweepPoint::concurrency, SweepPoint::throughput, SweepPoint::p99Ms)
                .containsExactlyElementsOf(SweepFixtures.points("gin").stream()
                        .map(p -> Tuple.tuple(p.concurrency(), p.throughput(), p.p99Ms()))
                        .toList());
        UslFit usl = gin.capacity().plan().usl();
        assertThat(usl.status()).isEqualTo(UslFit.Status.FITTED);
        assertThat(usl.n()).isEqualTo(9);
        assertThat(gin.gc()).isNotNull();
        assertThat(gin.reliability()).isNotNull();

        CandidateReport fiber = report.candidate("Fiber");
        assertThat(fiber.capacity().plan().usl().status()).isEqualTo(UslFit.Status.FITTED);
        assertThat(fiber.gc().gogc()).as("GOGC 50/100/150 comparison").isNotNull();

        // go-bench: baseline.txt (baseline) against slowed.txt, where Checksum does 13 instead of 10 rounds.
        assertThat(report.regressions())
                .anySatisfy(row -> {
                    assertThat(row.benchmark()).contains("Checksum");
                    assertThat(row.metric()).isEqualTo("ns/op");
                    assertThat(row.baseline().english()).isEqualTo("Chi (baseline)");
                    assertThat(row.candidate()).isEqualTo("Chi");
                    assertThat(row.verdict()).isEqualTo("regressed");
                });
    }

    @Test
    void aRefusedFileIsLoggedAndSkippedAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
        long id = evaluations.create(EvaluationDraft.named("demo uploads")).id();
        Files.createDirectories(dir.resolve("sweep"));
        Files.copy(Path.of("data/demo/uploads/sweep-gin/c1.txt"), dir.resolve("sweep/c1.txt"));
        Files.copy(Path.of("data/demo/uploads/sweep-gin/c2.txt"), dir.resolve("sweep/c2.txt"));
        Files.writeString(dir.resolve("notes.txt"), "not a load-test output\n");
        Files.writeString(dir.resolve(DemoUploads.MANIFEST), """
                [{"file": "sweep/c1.txt", "candidate": "Gin", "label": "first"},
                 {"file": "notes.txt", "candidate": "Gin"},
                 {"file": "missing.txt", "candidate": "Gin"},
                 {"file": "../outside.txt", "candidate": "Gin"},
                 {"file": "sweep/c2.txt", "candidate": "Gin", "kind": "BENCHMARK", "format": "wrk"}]
                """);

        assertThat(demoUploads.ingest(id, dir)).isEqualTo(2);
        assertThat(uploads.list(id)).extracting(UploadView::fileName).containsExactlyInAnyOrder("sweep/c1.txt", "sweep/c2.txt");
    }

    @Test
    @DirtiesContext   // it deletes the demo the other tests read
    void aDeletedDemoIsNotResurrected() {
        long id = demoId();
        evaluations.delete(id);
        loader.loadOnce();
        assertThat(evaluations.list()).noneMatch(EvaluationSummary::demo);
    }
}
