package dev.benchboard.report;

import dev.benchboard.format.Sentence;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.stats.gc.GcSettings;
import dev.benchboard.stats.regression.BenchstatTable;
import dev.benchboard.stats.regression.Comparison;
import dev.benchboard.stats.regression.RegressionAnalysis;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Assembles the report of an evaluation from its evidence with the statistics engine, cached per
 * state of the data. Regressions in the report compare each candidate's baseline uploads with its
 * other uploads; any two candidates can be compared on request.
 */
@Service
public class ReportService {

    private final EvaluationService evaluations;
    private final EvidenceStore evidence;
    private final ReportCache cache;
    private final Clock clock;

    ReportService(EvaluationService evaluations, EvidenceStore evidence, ReportCache cache, Clock clock) {
        this.evaluations = evaluations;
        this.evidence = evidence;
        this.cache = cache;
        this.clock = clock;
    }

    public EvaluationReport report(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return cache.get(evaluationId, this::computeWithCharts).report();
    }

    /**
     * The chart series of the evaluation's current data (GC cycles, per-second series, outages), computed with
     * its report from the same evidence and cached with it.
     */
    public ChartData charts(long evaluationId) {
        return reportWithCharts(evaluationId).charts();
    }

    /** The report and its chart series, of one data version (what a workspace view draws). */
    public ReportWithCharts reportWithCharts(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return cache.get(evaluationId, this::computeWithCharts);
    }

    /**
     * The report and its chart series if those of the current data version are computed already, else empty; never
     * computes (reads only the data version). What a view draws at once, in the response to its navigation, instead of
     * computing in the background and pushing the result a round trip later.
     */
    public java.util.Optional<ReportWithCharts> computedReportWithCharts(long evaluationId) {
        return cache.current(evaluationId);
    }

    /**
     * The report computed from some of the evaluation's uploads only (null: all of them, cached as above).
     * Not cached: a choice of files is a question asked once.
     */
    public EvaluationReport report(long evaluationId, Set<Long> uploadIds) {
        if (uploadIds == null) return report(evaluationId);
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return compute(evaluationId, restrict(evidence.load(evaluationId), uploadIds));
    }

    /** The evidence of the chosen uploads; an id that is not an upload of this evaluation is an error, not ignored. */
    private static Evidence restrict(Evidence all, Set<Long> uploadIds) {
        if (uploadIds == null) return all;
        Set<Long> known = all.uploadIds();
        Set<Long> unknown = new java.util.TreeSet<>(uploadIds);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("uploads " + unknown + " are not uploads of evaluation " + all.evaluationId()
                    + "; its uploads are " + known);
        }
        return all.only(uploadIds);
    }

    private ReportWithCharts computeWithCharts(long evaluationId) {
        Evidence data = evidence.load(evaluationId);
        return new ReportWithCharts(compute(evaluationId, data), ChartData.of(data));
    }

    private EvaluationReport compute(long evaluationId, Evidence data) {
        EvaluationDetails evaluation = evaluations.get(evaluationId);
        StatisticsSettings settings = evaluation.settings();
        ReliabilitySettings reliabilitySettings = new ReliabilitySettings(1 - settings.alpha(),
                settings.bootstrapResamples(), settings.randomSeed(), evaluation.requirements().availabilitySlo(),
                java.util.Map.of(), 1.0);
        GcSettings gcSettings = GcSettings.defaults();
        List<CandidateReport> candidates = new ArrayList<>();
        List<RegressionRow> regressions = new ArrayList<>();
        Set<SourceRef> sources = new LinkedHashSet<>();
        for (Evidence.CandidateEvidence c : data.candidates()) {
            candidates.add(new CandidateReport(c.name(), c.framework(),
                    LatencySection.of(c.name(), c.runs(), settings),
                    GcSection.of(c.gc(), gcSettings),
                    ReliabilitySection.of(c.chaos(), reliabilitySettings),
                    CapacitySection.of(c.runs(), evaluation.requirements()),
                    ChangePoints.of(c.runs(), settings.randomSeed()),
                    missing(c)));
            regressions.addAll(baselineRegressions(c, settings));
            c.runs().forEach(r -> sources.add(SourceRef.of(r.source())));
            c.gc().forEach(g -> sources.add(SourceRef.of(g.source())));
            c.chaos().forEach(x -> sources.add(SourceRef.of(x.source())));
        }
        List<String> notes = new ArrayList<>();
        if (sources.isEmpty()) notes.add("No uploads yet: every figure of this report comes from uploaded files.");
        return new EvaluationReport(evaluationId, evaluation.name(), clock.instant(), settings,
                evaluation.requirements(), List.copyOf(sources), candidates, regressions, notes);
    }

    private static List<RegressionRow> baselineRegressions(Evidence.CandidateEvidence c, StatisticsSettings settings) {
        List<Evidence.RunItem> baseline = c.runs().stream().filter(r -> r.source().baseline()).toList();
        List<Evidence.RunItem> others = c.runs().stream().filter(r -> !r.source().baseline()).toList();
        if (baseline.isEmpty() || others.isEmpty()) return List.of();
        Compared compared = compare(baselineOf(c.name()), c.name(), baseline, others, settings);
        return compared == null ? List.of() : compared.rows();
    }

    /** A comparison and its rows as the API gives them, each row naming the uploads behind it. */
    private record Compared(Comparison comparison, List<RegressionRow> rows) {}

    /** "Chi (baseline)": a candidate's baseline uploads, named in the reader's words. */
    private static Sentence baselineOf(String candidate) {
        return Sentence.of("regression.baseline.own", candidate);
    }

    private static Compared compare(Sentence baselineName, String candidateName, List<Evidence.RunItem> baseline,
                                    List<Evidence.RunItem> candidate, StatisticsSettings settings) {
        RegressionInputs inputs = RegressionInputs.between(baseline, candidate);
        if (inputs.inputs().isEmpty()) return null;
        // The comparison (and its benchstat text, for CI logs) names the baseline in English; the rows in the reader's words.
        Comparison comparison = RegressionAnalysis.compare(baselineName.english(), candidateName, inputs.inputs(),
                LatencySection.stats(settings));
        List<RegressionRow> rows = comparison.rows().stream().map(row -> RegressionRow.of(baselineName,
                comparison.candidateName(), row, inputs.provenance().get(row.benchmark()))).toList();
        return new Compared(comparison, rows);
    }

    /** One comparison between two candidates (or, with the same name twice, a candidate's baseline and the rest). */
    public record PairComparison(Comparison comparison, List<RegressionRow> rows, String text) {}

    public PairComparison compare(long evaluationId, String baselineName, String candidateName) {
        return compare(evaluationId, baselineName, candidateName, null);
    }

    /** As {@link #compare(long, String, String)}, from some of the evaluation's uploads only (null: all). */
    public PairComparison compare(long evaluationId, String baselineName, String candidateName, Set<Long> uploadIds) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        Evidence data = restrict(evidence.load(evaluationId), uploadIds);
        Evidence.CandidateEvidence a = find(data, baselineName);
        Evidence.CandidateEvidence b = find(data, candidateName);
        List<Evidence.RunItem> baseline = a.runs();
        List<Evidence.RunItem> candidate = b.runs();
        Sentence aName = Sentence.of("regression.baseline.named", a.name());
        if (a.candidateId() == b.candidateId()) {
            baseline = a.runs().stream().filter(r -> r.source().baseline()).toList();
            candidate = a.runs().stream().filter(r -> !r.source().baseline()).toList();
            aName = baselineOf(a.name());
        }
        Compared compared = compare(aName, b.name(), baseline, candidate, evaluations.get(evaluationId).settings());
        if (compared == null) {
            throw new IllegalArgumentException("nothing to compare: " + aName.english() + " and " + b.name()
                    + " share no benchmark and no load test run under the same label and concurrency"
                    + " (upload runs of the same test for both)");
        }
        return new PairComparison(compared.comparison(), compared.rows(), BenchstatTable.render(compared.comparison()));
    }

    private static Evidence.CandidateEvidence find(Evidence data, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("baseline and candidate are required");
        return data.candidates().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate named '" + name + "' in this evaluation; "
                        + "candidates: " + data.candidates().stream().map(Evidence.CandidateEvidence::name).toList()));
    }

    private static List<Sentence> missing(Evidence.CandidateEvidence c) {
        List<Sentence> missing = new ArrayList<>();
        if (c.runs().stream().noneMatch(r -> LatencySection.isLoadTest(r.run()))) {
            missing.add(Sentence.of("report.latency.missing.load-tests", c.name()));
        }
        if (c.gc().isEmpty()) missing.add(Sentence.of("report.latency.missing.gc-trace", c.name()));
        if (c.chaos().isEmpty()) missing.add(Sentence.of("report.latency.missing.chaos-data", c.name()));
        return missing;
    }
}
