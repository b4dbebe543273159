package dev.benchboard.decision.bench;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.decision.CandidateFacts;
import dev.benchboard.decision.DecisionEngine;
import dev.benchboard.decision.DecisionInput;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.Fact;
import dev.benchboard.decision.FactKey;
import dev.benchboard.decision.FrameworkProfiles;
import dev.benchboard.evidence.SourceRef;
import dev.benchboard.decision.ServiceRequirements;
import dev.benchboard.decision.CriterionWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 3: what a move of a weight slider costs, before and after the decision kept its weight-independent
 * half per data version. Six candidates (the six frameworks of data/frameworks.json, each with the eight measured
 * facts the tree can test), the shipped tree and profiles, requirements that exercise every node (target load,
 * P99 and availability SLOs, ecosystem priority).
 *
 * <ul>
 *   <li>{@link #fullDecision}: what every slider move did before — read and parse data/decision-tree.json and
 *       data/frameworks.json, build the candidates' facts (with their unit and range checks), walk the tree and
 *       score. The evidence query and the report-cache look-up it also made are not in it (they need a database),
 *       so the ratio understates the saving.</li>
 *   <li>{@link #rescore}: what a slider move does now — {@link DecisionEngine#score} of the kept walk with
 *       changed weights (two weight sets in turn, so no call sees the weights of the one before).</li>
 * </ul>
 *
 * <p>Run with {@code ./benchboard bench} (the JMH include pattern there names this class; the ratio line is
 * printed after the JMH table by this class's {@link #main} from JMH's JSON result), or alone with the classpath
 * of {@code ReportStatsBenchmark}'s comment: {@code java -cp … dev.benchboard.decision.bench.DecisionRescoreBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionRescoreBenchmark {

    static final Path DATA = Path.of("data");

    /** Target 20,000 req/s, 30 % headroom, N+1, 8 cores / 16 GB instances, P99 SLO 15 ms, availability 99.95 %. */
    static final ServiceRequirements REQUIREMENTS = new ServiceRequirements(20_000.0, 15.0, 0.9995, 30.0, 1, 8, 16.0, null,
            false, false, false, true, false);

    private static final List<CriterionWeights> SLIDERS = List.of(new CriterionWeights(0.5, 0.2, 0.1, 0.1, 0.1, 0.0),
            new CriterionWeights(0.1, 0.4, 0.1, 0.1, 0.2, 0.1));

    private DecisionEngine engine;
    private DecisionEngine.Walked walked;
    private int move;

    @Setup(Level.Trial)
    public void walkOnce() {
        engine = new DecisionEngine(FrameworkProfiles.loadDefault(DATA));
        walked = engine.walk(DecisionTrees.loadDefault(DATA), input(candidates()));
    }

    @Benchmark
    public DecisionResult fullDecision() {
        DecisionTree tree = DecisionTrees.loadDefault(DATA);
        FrameworkProfiles profiles = FrameworkProfiles.loadDefault(DATA);
        return new DecisionEngine(profiles).decide(tree, input(candidates()));
    }

    @Benchmark
    public DecisionResult rescore() {
        return engine.score(walked, SLIDERS.get(move++ & 1));
    }

    static DecisionInput input(List<CandidateFacts> candidates) {
        return new DecisionInput(REQUIREMENTS, CriterionWeights.defaults(), candidates, Map.of("maxInstances", 8.0));
    }

    /** Six candidates; the figures stand for measurements and are spread so every comparison has work to do. */
    static List<CandidateFacts> candidates() {
        String[] frameworks = {"gin", "echo", "fiber", "chi", "nethttp", "fasthttp"};
        List<CandidateFacts> out = new ArrayList<>();
        for (int i = 0; i < frameworks.length; i++) {
            Map<String, Fact> facts = new LinkedHashMap<>();
            put(facts, FactKey.THROUGHPUT_RPS, 30_000 + 4_000 * i, frameworks[i]);
            put(facts, FactKey.P99_MS, 8.5 + 1.3 * i, frameworks[i]);
            put(facts, FactKey.SLO_BOUND_CAPACITY_RPS, 7_000 + 1_500 * i, frameworks[i]);
            put(facts, FactKey.MEMORY_MB, 150 + 10 * i, frameworks[i]);
            put(facts, FactKey.GC_PAUSE_P99_MS, 0.7 + 0.1 * i, frameworks[i]);
            put(facts, FactKey.AVAILABILITY, 0.9993 + 0.0001 * i, frameworks[i]);
            put(facts, FactKey.FAILURE_RATE_PER_HOUR, 0.03 - 0.002 * i, frameworks[i]);
            put(facts, FactKey.MTTR_SECONDS, 80 - 5 * i, frameworks[i]);
            out.add(new CandidateFacts(Character.toUpperCase(frameworks[i].charAt(0)) + frameworks[i].substring(1),
                    frameworks[i], facts, List.of("process-kill")));
        }
        return out;
    }

    private static void put(Map<String, Fact> facts, FactKey key, double value, String framework) {
        facts.put(key.key(), Fact.of(key, value, new SourceRef(1, framework + "-" + key.key() + ".csv", null, null)));
    }

    /**
     * With a JMH JSON result file (-rf json -rff FILE): prints this benchmark's two figures and their ratio.
     * Without: runs this benchmark, then prints the same.
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, Double> micros = new LinkedHashMap<>();
        if (args.length == 1) {
            for (JsonNode result : JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])))) {
                String name = result.path("benchmark").asString();
                if (name.startsWith(DecisionRescoreBenchmark.class.getName() + ".")) {
                    micros.put(name.substring(name.lastIndexOf('.') + 1), result.path("primaryMetric").path("score").asDouble());
                }
            }
        } else {
            for (RunResult result : new Runner(new OptionsBuilder().include(DecisionRescoreBenchmark.class.getSimpleName()).build()).run()) {
                micros.put(result.getParams().getBenchmark().substring(result.getParams().getBenchmark().lastIndexOf('.') + 1),
                        result.getPrimaryResult().getScore());
            }
        }
        Double full = micros.get("fullDecision");
        Double rescore = micros.get("rescore");
        if (full == null || rescore == null) throw new IllegalStateException("no DecisionRescoreBenchmark results in " + micros);
        System.out.printf("Decision, 6 candidates: full decision %.1f µs, re-score with changed weights %.1f µs, ratio %.1f×%n",
                full, rescore, full / rescore);
    }
}
