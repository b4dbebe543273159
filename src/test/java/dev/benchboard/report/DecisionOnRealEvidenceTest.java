package dev.benchboard.report;

import dev.benchboard.format.Sentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.decision.Contribution;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.ingest.UploadProgress;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12 item 11 on real evidence, through the upload path, the report and the decision service as a user
 * gets them: the demo's uploads (data/demo/uploads), the leaking server's gctrace (fixtures/gc/leak-gctrace.txt:
 * a server retaining memory per request), the kill/freeze chaos run (fixtures/chaos/events.csv, availability
 * 63.14 %) and a cpu-hog chaos run of another fault plan (fixtures/chaos/cpu-hog, 99.894 %). Each test says what
 * the decision was before this change (same files, same requirements, run on main at cb871e6).
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DecisionOnRealEvidenceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Autowired
    EvaluationService evaluations;

    @Autowired
    UploadService uploads;

    @Autowired
    DecisionService decisions;

    /**
     * The demo (availability SLO 99.95 %, ecosystem priority). Before: Gin recommended — preference tier 1 from the
     * ecosystem node — with availability 63.14 % from its chaos run scored as the best availability (normalised 1,
     * the only value) and not mentioned; Chi and Echo ranked last with 0.075, behind Fiber, because they had no
     * measurements. After: Gin's SLO miss is named first in its reasons and it ranks after every candidate
     * without a measured shortfall; Chi and Echo are scored on what they have (ecosystem) and their missing
     * evidence is listed, not ranked on.
     */
    @Test
    void theDemoNoLongerRecommendsACandidateThatMissesTheAvailabilitySlo() {
        long demo = evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
        DecisionResult result = decisions.decide(demo);

        Recommendation gin = recommendation(result, "Gin");
        assertThat(result.top()).isNotEqualTo("Gin");
        assertThat(Sentence.in(gin.shortfalls(), Locale.ENGLISH)).containsExactly("misses the availability SLO: 63.14 % measured in its chaos runs"
                + " (faults injected: process-freeze, process-kill), SLO 99.95 % (upload " + upload(gin, "availability")
                + " chaos/events.csv)");
        assertThat(gin.reasons().getFirst().english()).startsWith("Shortfall: misses the availability SLO: 63.14 %");
        assertThat(contribution(gin, "availability").basis()).isEqualTo("shortfall");
        assertThat(contribution(gin, "availability").normalised()).isZero();
        // Every candidate without a shortfall ranks above Gin.
        for (Recommendation r : result.recommendation()) {
            if (r.shortfalls().isEmpty() && !r.excluded()) assertThat(r.rank()).isLessThan(gin.rank());
        }
        // Chi and Echo have no measurement at all: reported, and not the reason they rank where they do.
        for (String name : List.of("Chi", "Echo")) {
            Recommendation r = recommendation(result, name);
            assertThat(Sentence.in(r.shortfalls(), Locale.ENGLISH)).isEmpty();
            assertThat(r.rank()).isLessThan(gin.rank());
            assertThat(contribution(r, "throughput").basis()).isEqualTo("no evidence");
            assertThat(Sentence.in(r.reasons(), Locale.ENGLISH)).anyMatch(x -> x.startsWith("Rank key failureRatePerHour: no evidence — not applied"));
        }
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains("No evidence for availability (availability) for Chi, Echo, Fiber: reported as"
                + " missing and left out of their scores (weights renormalised over what was measured)");
    }

    /**
     * A leaking server against one without a GC trace (P99 SLO 25 ms, availability 99.9 %, ecosystem priority).
     * Echo: hey/ok.txt and gc/leak-gctrace.txt; Gin: wrk/latency-ok.txt. Before: Echo's GC pause P99 (5.953 ms over the whole trace) was
     * the only one, so it got the best GC-pause score (normalised 1) and the leak appeared nowhere in the decision.
     * After: the GC report's leak verdict is a shortfall, named, scoring 0 on the GC criterion, and Echo is demoted.
     */
    @Test
    void aSuspectedLeakIsNamedAndWeighsAgainstTheCandidate() throws IOException {
        long id = evaluation("leak", new Requirements(20000.0, 25.0, 0.999, 30.0, 1, null, null, null,
                false, false, false, true, false));
        upload(id, "Gin", "wrk/latency-ok.txt");
        upload(id, "Echo", "hey/ok.txt");
        upload(id, "Echo", "gc/leak-gctrace.txt");
        DecisionResult result = decisions.decide(id);

        Recommendation echo = recommendation(result, "Echo");
        assertThat(Sentence.in(echo.shortfalls(), Locale.ENGLISH)).singleElement().asString().startsWith("memory leak suspected")
                .contains("gc/leak-gctrace.txt");
        Contribution gc = contribution(echo, "gcPause");
        // Pause P99 over the trace's steady window (gc 2..88; the start-up cycle gc 1 is outside it):
        // numpy.percentile([clock1 + clock3 of each 'gc N' line with N >= 2], 99) = 5.99156 (5.953 over the whole trace).
        assertThat(gc.value()).isCloseTo(5.99156, org.assertj.core.api.Assertions.within(0.001));
        assertThat(gc.basis()).isEqualTo("shortfall");
        assertThat(gc.normalised()).isZero();
        assertThat(result.path()).anySatisfy(step -> {
            assertThat(step.node()).isEqualTo("measured-shortfalls");
            assertThat(step.answer()).isEqualTo("yes");
            assertThat(step.effects()).anySatisfy(e -> {
                assertThat(e.candidate()).isEqualTo("Echo");
                assertThat(e.outcome()).isEqualTo("demoted");
                assertThat(e.reason().english()).isEqualTo("memory leak suspected in its GC trace");
            });
        });
        assertThat(result.top()).isEqualTo("Gin");
        assertThat(result.topDecidedBy().english()).isEqualTo("the only candidate without a measured shortfall (Echo has one)");
    }

    /**
     * 63.14 % against 99.894 % with an availability SLO of 99.5 % (the cpu-hog run just misses 99.9 %: one probe
     * stalled; see fixtures/chaos/README.md). Before: Gin recommended (ecosystem preference) over Echo, which meets
     * the SLO. After: Gin is demoted with its miss named and Echo, meeting the SLO, is recommended.
     */
    @Test
    void aCandidateMeetingTheAvailabilitySloIsRecommendedOverOneMissingIt() throws IOException {
        long id = evaluation("availability", new Requirements(20000.0, 25.0, 0.995, 30.0, 1, null, null, null,
                false, false, false, true, false));
        upload(id, "Gin", "chaos/events.csv");
        upload(id, "Echo", "chaos/cpu-hog/events.csv");
        DecisionResult result = decisions.decide(id);

        assertThat(result.top()).isEqualTo("Echo");
        Recommendation gin = recommendation(result, "Gin");
        assertThat(gin.rank()).isEqualTo(2);
        assertThat(Sentence.in(gin.shortfalls(), Locale.ENGLISH)).singleElement().asString().startsWith("misses the availability SLO: 63.14 %")
                .contains("SLO 99.5 %");
        assertThat(Sentence.in(recommendation(result, "Echo").shortfalls(), Locale.ENGLISH)).isEmpty();
        assertThat(contribution(recommendation(result, "Echo"), "availability").value())
                .isCloseTo(1 - 0.106 / 100.001, org.assertj.core.api.Assertions.within(1e-6));
    }

    /**
     * The same two runs with an SLO both meet (50 %), no preferences. Their fault plans differ ({process-freeze,
     * process-kill} against {cpu-hog}). Before: Echo first on the failure-rate rank key (36.04/h against 570.1/h)
     * and on normalised availability — figures of different fault plans compared as if alike. After: neither the
     * rank keys nor the availability criterion compare them, the decision says so, and the weighted score over
     * what is comparable (ecosystem) decides.
     */
    @Test
    void reliabilityOfDifferentFaultPlansIsNotCompared() throws IOException {
        long id = evaluation("fault plans", new Requirements(20000.0, 25.0, 0.5, 30.0, 1, null, null, null,
                false, false, false, false, false));
        upload(id, "Gin", "chaos/events.csv");
        upload(id, "Echo", "chaos/cpu-hog/events.csv");
        DecisionResult result = decisions.decide(id);

        String plans = "Echo: cpu-hog; Gin: process-freeze, process-kill";
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains("Availability is not compared between Echo, Gin: their chaos runs inject"
                + " different fault plans (" + plans + "); it is left out of their scores");
        for (Recommendation r : result.recommendation()) {
            assertThat(contribution(r, "availability").basis()).isEqualTo("not comparable");
            assertThat(Sentence.in(r.reasons(), Locale.ENGLISH)).anyMatch(x -> x.startsWith("Rank key failureRatePerHour: ")
                    && x.endsWith("not applied to its group: not comparable: the chaos runs inject different fault plans ("
                    + plans + ")"));
        }
        // Ecosystem (Gin 1, Echo 10/12) is the only comparable criterion: Gin 1, Echo 0.
        assertThat(result.top()).isEqualTo("Gin");
        assertThat(result.topDecidedBy().english()).startsWith("rank key weighted score");
    }

    private long evaluation(String name, Requirements requirements) {
        return evaluations.create(new EvaluationDraft(name, null, requirements, null, null)).id();
    }

    private void upload(long evaluation, String candidate, String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(FIXTURES.resolve(fixture))) {
            uploads.upload(new UploadRequest(evaluation, candidate, fixture, null, null, null, false, false, false, Map.of()),
                    in, UploadProgress.NONE);
        }
    }

    private static long upload(Recommendation r, String criterion) {
        return contribution(r, criterion).sources().getFirst().uploadId();
    }

    private static Recommendation recommendation(DecisionResult result, String candidate) {
        return result.recommendation().stream().filter(r -> r.candidate().equals(candidate)).findFirst().orElseThrow();
    }

    private static Contribution contribution(Recommendation r, String criterion) {
        return r.contributions().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }
}
