package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.SourceRef;
import static dev.benchboard.decision.Fixtures.candidate;
import static dev.benchboard.decision.Fixtures.recommendation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.decision.Fixtures.Req;
import dev.benchboard.decision.SensitivityEntry.WeightChange;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weighted score, sensitivity and tie reporting on a tree that ranks by the weighted score alone, with
 * test-only framework profiles so that edits to data/frameworks.json cannot change the expected values.
 * Every expected value is worked out by hand in the comments.
 */
class ScoringTest {

    private static final DecisionTree SCORE_ONLY = DecisionTrees.parse("""
            {"schemaVersion": 1, "id": "score-only", "title": "Score only", "start": "r",
             "nodes": [{"id": "r", "question": "Rank by score", "rankBy": [{"weightedScore": "highest"}]}]}""");

    /** Ecosystem scores: a (3+3+3+3)/12 = 1, b (2+2+2+2)/12 = 2/3, c (1+1+1+1)/12 = 1/3. */
    private static final FrameworkProfiles PROFILES = FrameworkProfiles.parse("""
            {"schemaVersion": 1, "frameworks": {
              "a": %s, "b": %s, "c": %s}}""".formatted(profile(3), profile(2), profile(1)));

    private static String profile(int maturity) {
        return ("{\"displayName\": \"P\", \"builtOn\": \"net/http\", \"netHttpCompatible\": true, \"stdHandlers\": true,"
                + " \"http2\": true, \"websocket\": false, \"centralisedErrors\": false, \"middlewareMaturity\":"
                + " {\"otel\": %1$d, \"swagger\": %1$d, \"jwt\": %1$d, \"prometheus\": %1$d}, \"strengths\": [], \"cautions\": []}")
                .formatted(maturity);
    }

    private final DecisionEngine engine = new DecisionEngine(PROFILES);

    private DecisionResult decide(CriterionWeights weights, CandidateFacts... candidates) {
        return engine.decide(SCORE_ONLY, new DecisionInput(new Req().build(), weights, List.of(candidates)));
    }

    private static Contribution contribution(Recommendation r, String criterion) {
        return r.contributions().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void normalisationAndContributionsByHand() {
        // CriterionWeights 2, 2.5, 1, 1, 2, 1.5 (sum 10).
        // throughput (higher better) 100, 200, 400: A 0, B (200−100)/300 = 1/3, C 1
        // p99 (lower better) 10, 5, 20:            A (20−10)/15 = 2/3, B 1, C 0
        // memory all 100:                           all equal → 1 for everyone
        // gcPause only B (2 ms):                    known for B alone: not compared, left out of B's score;
        //                                           A and C: no evidence, left out of theirs
        // availability nobody:                      left out of every score
        // ecosystem 1, 2/3, 1/3:                    A 1, B (2/3−1/3)/(2/3) = 0.5, C 0
        // Every score is over throughput, p99, memory, ecosystem: W = 2 + 2.5 + 1 + 1.5 = 7 (coverage 0.7)
        // S_A = (2.5·2/3 + 1 + 1.5)/7          = 0.595238…
        // S_B = (2/3 + 2.5 + 1 + 1.5·0.5)/7     = 0.702380…
        // S_C = (2 + 1)/7                       = 0.428571…
        DecisionResult result = decide(new CriterionWeights(2, 2.5, 1, 1, 2, 1.5),
                candidate("A", "a", "throughputRps", 100, "p99Ms", 10, "memoryMb", 100),
                candidate("B", "b", "throughputRps", 200, "p99Ms", 5, "memoryMb", 100, "gcPauseP99Ms", 2),
                candidate("C", "c", "throughputRps", 400, "p99Ms", 20, "memoryMb", 100));

        assertThat(Fixtures.ranked(result)).containsExactly("B", "A", "C");
        Recommendation a = recommendation(result, "A");
        Recommendation b = recommendation(result, "B");
        Recommendation c = recommendation(result, "C");
        assertThat(a.score()).isCloseTo((2.5 * 2 / 3 + 1 + 1.5) / 7, within(1e-12));
        assertThat(b.score()).isCloseTo((2 / 3.0 + 2.5 + 1 + 0.75) / 7, within(1e-12));
        assertThat(c.score()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(a.evidenceCoverage()).isCloseTo(0.7, within(1e-12));
        assertThat(b.evidenceCoverage()).isCloseTo(0.7, within(1e-12));

        Contribution bThroughput = contribution(b, "throughput");
        assertThat(bThroughput.weight()).isEqualTo(2);
        assertThat(bThroughput.weightShare()).isCloseTo(2 / 7.0, within(1e-12));
        assertThat(bThroughput.value()).isEqualTo(200);
        assertThat(bThroughput.unit()).isEqualTo("rps");
        assertThat(bThroughput.normalised()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(bThroughput.contribution()).isCloseTo(2 / 21.0, within(1e-12));
        assertThat(bThroughput.sources()).containsExactly(new SourceRef(100, "b-throughputRps.txt", null, null));
        assertThat(contribution(a, "p99").normalised()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(contribution(c, "memory").normalised()).isEqualTo(1.0);
        assertThat(contribution(b, "gcPause").basis()).isEqualTo("not compared");
        assertThat(contribution(b, "gcPause").normalised()).isNull();
        assertThat(contribution(a, "gcPause").basis()).isEqualTo("no evidence");
        assertThat(contribution(a, "gcPause").contribution()).isZero();
        assertThat(contribution(b, "ecosystem").basis()).isEqualTo("profile");
        assertThat(contribution(b, "ecosystem").normalised()).isCloseTo(0.5, within(1e-12));
        assertThat(Sentence.in(b.reasons(), Locale.ENGLISH)).contains("throughput (weight 2, share 0.2857): 200 rps from upload 100 (b-throughputRps.txt)"
                + " → normalised 0.3333 → adds 0.09524");
        assertThat(Sentence.in(a.reasons(), Locale.ENGLISH)).contains("gcPause (weight 1, share 0): no evidence — left out of the score");
        assertThat(Sentence.in(b.reasons(), Locale.ENGLISH)).contains("gcPause (weight 1, share 0): 2 ms, known for this candidate only — left out of the score");
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains(
                "No evidence for availability (availability) for any candidate: reported as missing and left out of the scores",
                "No evidence for gcPause (gcPauseP99Ms) for A, C: reported as missing and left out of their scores (weights"
                        + " renormalised over what was measured)",
                "gcPause is known for B only: nothing to compare it with, so it is left out of the score");
    }

    @Test
    void sensitivityThresholdsByHand() {
        // Normalised: throughput 100, 300, 200 → X 0, Y 1, Z 0.5;  p99 10, 30, 15 → X 1, Y 0, Z (30−15)/20 = 0.75.
        // CriterionWeights throughput 0.4, p99 0.6, others 0:  A_X = 0.6, A_Y = 0.4, A_Z = 0.4·0.5 + 0.6·0.75 = 0.65 → Z on top.
        // throughput up:   Y (n 1 > 0.5):    δ = (0.65 − 0.4)/(1 − 0.5)   = 0.5   → 0.9
        // throughput down: X (n 0 < 0.5):    δ = (0.65 − 0.6)/(0.5 − 0)   = 0.1   → 0.3
        // p99 up:          X (n 1 > 0.75):   δ = (0.65 − 0.6)/(1 − 0.75)  = 0.2   → 0.8
        // p99 down:        Y (n 0 < 0.75):   δ = (0.65 − 0.4)/0.75        = 1/3   → 0.6 − 1/3
        // memory, gcPause, availability, ecosystem: nobody has evidence → in no score → no crossing.
        CriterionWeights weights = new CriterionWeights(0.4, 0.6, 0, 0, 0, 0);
        CandidateFacts x = candidate("X", "x", "throughputRps", 100, "p99Ms", 10);
        CandidateFacts y = candidate("Y", "y", "throughputRps", 300, "p99Ms", 30);
        CandidateFacts z = candidate("Z", "z", "throughputRps", 200, "p99Ms", 15);
        DecisionResult result = decide(weights, x, y, z);
        assertThat(result.top()).isEqualTo("Z");

        SensitivityEntry throughput = result.sensitivity().get(0);
        assertThat(throughput.weight()).isEqualTo("throughput");
        assertChange(throughput.decrease(), 0.3, -0.1, "X");
        assertChange(throughput.increase(), 0.9, 0.5, "Y");
        assertThat(throughput.smallestChange()).isCloseTo(-0.1, within(1e-12));
        assertThat(throughput.summary().english()).isEqualTo("X takes the top if the throughput weight drops below 0.3 (from 0.4, change -0.1);"
                + " Y takes the top if the throughput weight rises above 0.9 (from 0.4, change +0.5)");

        SensitivityEntry p99 = result.sensitivity().get(1);
        assertChange(p99.increase(), 0.8, 0.2, "X");
        assertChange(p99.decrease(), 0.6 - 1 / 3.0, -1 / 3.0, "Y");
        assertThat(p99.smallestChange()).isCloseTo(0.2, within(1e-12));

        SensitivityEntry memory = result.sensitivity().get(2);
        assertThat(memory.decrease()).isNull();
        assertThat(memory.increase()).isNull();
        assertThat(memory.smallestChange()).isNull();
        assertThat(memory.summary().english()).isEqualTo("Z stays on top for any memory weight in [0, 1] (other weights unchanged)");

        // The engine agrees on either side of the thresholds.
        assertThat(decide(new CriterionWeights(0.29, 0.6, 0, 0, 0, 0), x, y, z).top()).isEqualTo("X");
        assertThat(decide(new CriterionWeights(0.31, 0.6, 0, 0, 0, 0), x, y, z).top()).isEqualTo("Z");
        assertThat(decide(new CriterionWeights(0.4, 0.81, 0, 0, 0, 0), x, y, z).top()).isEqualTo("X");
        assertThat(decide(new CriterionWeights(0.91, 0.6, 0, 0, 0, 0), x, y, z).top()).isEqualTo("Y");
    }

    @Test
    void sensitivityWithRenormalisedScoresByHand() {
        // Memory is known for A and C only, so B's score is over throughput and p99 alone (weights renormalised).
        // throughput 100, 300, 200 → A 0, B 1, C 0.5;  p99 10, 20, 12 → A 1, B 0, C 0.8;  memory 100, –, 200 → A 1, C 0.
        // CriterionWeights 0.4, 0.4, 0.2:  S_A = (0.4 + 0.2)/1 = 0.6,  S_B = 0.4/0.8 = 0.5,  S_C = (0.2 + 0.32)/1 = 0.52 → A on top.
        // Memory weight moved by δ (b = 1 for A and C, 0 for B):
        //   vs C: p(δ) = (0.6 + δ)(1 + δ) − 0.52(1 + δ) = (1 + δ)(0.08 + δ) → crossing at δ = −0.08 (threshold 0.12)
        //   vs B: p(δ) = (0.6 + δ)·0.8 − 0.4(1 + δ) = 0.08 + 0.4δ        → crossing at δ = −0.2, farther
        //   upwards p stays positive: no increase changes the top.
        // (The old formula, missing = 0 with one denominator, would have put the crossing against B at
        // δ = (0.6 − 0.4)/(0 − 1) = −0.2 and ignored that B's score does not contain memory at all.)
        CriterionWeights weights = new CriterionWeights(0.4, 0.4, 0.2, 0, 0, 0);
        CandidateFacts a = candidate("A", "a", "throughputRps", 100, "p99Ms", 10, "memoryMb", 100);
        CandidateFacts b = candidate("B", "b", "throughputRps", 300, "p99Ms", 20);
        CandidateFacts c = candidate("C", "c", "throughputRps", 200, "p99Ms", 12, "memoryMb", 200);
        DecisionResult result = decide(weights, a, b, c);
        assertThat(result.top()).isEqualTo("A");
        assertThat(recommendation(result, "B").score()).isCloseTo(0.5, within(1e-12));
        assertThat(recommendation(result, "C").score()).isCloseTo(0.52, within(1e-12));

        SensitivityEntry memory = result.sensitivity().get(2);
        assertThat(memory.weight()).isEqualTo("memory");
        assertChange(memory.decrease(), 0.12, -0.08, "C");
        assertThat(memory.increase()).isNull();
        // The engine agrees on either side of the threshold.
        assertThat(decide(new CriterionWeights(0.4, 0.4, 0.11, 0, 0, 0), a, b, c).top()).isEqualTo("C");
        assertThat(decide(new CriterionWeights(0.4, 0.4, 0.13, 0, 0, 0), a, b, c).top()).isEqualTo("A");
    }

    private static void assertChange(WeightChange change, double threshold, double delta, String newTop) {
        assertThat(change).isNotNull();
        assertThat(change.threshold()).isCloseTo(threshold, within(1e-12));
        assertThat(change.change()).isCloseTo(delta, within(1e-12));
        assertThat(change.newTop()).isEqualTo(newTop);
    }

    @Test
    void exactTiesAreReportedAndAnyChangeBreaksThem() {
        // A: throughput n 0, p99 n 1; B: throughput n 1, p99 n 0; weights 0.5 / 0.5 → both 0.5, A first by name only.
        DecisionResult result = decide(new CriterionWeights(0.5, 0.5, 0, 0, 0, 0),
                candidate("B", "b", "throughputRps", 200, "p99Ms", 20),
                candidate("A", "a", "throughputRps", 100, "p99Ms", 10));
        assertThat(result.top()).isEqualTo("A");
        assertThat(result.ties().tiedWith()).containsExactly("B");
        assertThat(result.ties().note().english()).isEqualTo("A is tied on weighted score 0.5 with B; the name order puts A first,"
                + " which is no reason to prefer it");
        assertThat(Sentence.in(recommendation(result, "A").reasons(), Locale.ENGLISH)).contains(result.ties().note().english());
        assertThat(result.topDecidedBy().english()).isEqualTo("name order: tied with B on every rank key");
        SensitivityEntry throughput = result.sensitivity().get(0);
        assertChange(throughput.increase(), 0.5, 0, "B");
        assertThat(throughput.decrease()).isNull();
        assertThat(throughput.smallestChange()).isEqualTo(0.0);
        assertThat(throughput.summary().english()).isEqualTo("B is tied with A: any increase of the throughput weight puts B on top");
        SensitivityEntry p99 = result.sensitivity().get(1);
        assertChange(p99.decrease(), 0.5, 0, "B");
        assertThat(p99.decrease().change()).isEqualTo(0.0);
    }

    @Test
    void nearTiesAreReported() {
        // CriterionWeights 0.496 / 0.504: A = 0.504, B = 0.496, gap 0.008 < 0.01.
        DecisionResult result = decide(new CriterionWeights(0.496, 0.504, 0, 0, 0, 0),
                candidate("A", "a", "throughputRps", 100, "p99Ms", 10),
                candidate("B", "b", "throughputRps", 200, "p99Ms", 20));
        assertThat(result.top()).isEqualTo("A");
        assertThat(result.ties().tiedWith()).isEmpty();
        assertThat(result.ties().nearTies()).singleElement().satisfies(n -> {
            assertThat(n.candidate()).isEqualTo("B");
            assertThat(n.gap()).isCloseTo(0.008, within(1e-12));
        });
        assertThat(result.ties().note().english()).isEqualTo("B is within 0.008 of A (less than the near-tie margin 0.01): treat the order as uncertain");
        // Going up: δ = (0.504 − 0.496)/(1 − 0) = 0.008 → throughput 0.504.
        assertChange(result.sensitivity().get(0).increase(), 0.504, 0.008, "B");
    }

    @Test
    void weightsCannotMoveATopSetByTheTree() {
        Req req = new Req();
        req.ecosystem = true;
        DecisionResult result = new DecisionEngine(Fixtures.shippedProfiles())
                .decide(Fixtures.defaultTree(), Fixtures.input(req, Fixtures.fourMeasured()));
        assertThat(result.top()).isEqualTo("Gin");
        assertThat(result.sensitivity()).hasSize(6).allSatisfy(s -> {
            assertThat(s.decrease()).isNull();
            assertThat(s.increase()).isNull();
            assertThat(s.summary().english()).startsWith("No change of the " + s.weight()
                    + " weight can change the top: the top is decided by preference tier 1 from node 'ecosystem'");
        });
        assertThat(result.ties().note().english()).startsWith("No tie to report: the top is decided by preference tier 1");
    }
}
