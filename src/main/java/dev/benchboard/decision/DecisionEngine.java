package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import dev.benchboard.decision.DecisionTree.TreeParameter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a decision tree for one evaluation: walks the tree on the requirements and the measured
 * facts, ranks the candidates at the rank node, scores them and checks how sensitive the top is to the
 * weights. Pure and deterministic: the same input gives the same result, ties ordered by name.
 */
public final class DecisionEngine {

    private final FrameworkProfiles profiles;

    public DecisionEngine(FrameworkProfiles profiles) {
        this.profiles = profiles;
    }

    public DecisionResult decide(DecisionTree tree, DecisionInput input) {
        return score(walk(tree, input), input.weights());
    }

    /**
     * The half of the decision the weights cannot change: the shortfalls, the walk of the tree to its rank node
     * (exclusions, demotions, preference tiers, the path) and the notes on parameters, profiles and missing
     * evidence. The input's weights are not read; {@link #score} adds them.
     */
    public Walked walk(DecisionTree tree, DecisionInput input) {
        List<Sentence> notes = new ArrayList<>();
        Map<String, Double> parameters = parameters(tree, input, notes);
        List<CandidateState> candidates = input.candidates().stream()
                .sorted(Comparator.comparing(CandidateFacts::name))
                .map(c -> new CandidateState(c, profiles.get(c.frameworkKey()).orElse(null)))
                .toList();
        for (CandidateState candidate : candidates) {
            candidate.shortfalls = Shortfall.of(candidate, input.requirements());
            if (candidate.profile == null) {
                notes.add(DecisionWords.of("note.no-profile", candidate.name(), candidate.noProfileReason()));
            }
        }

        TreeWalk walk = new TreeWalk(tree, new Conditions(input.requirements(), tree.parameters(), parameters), candidates);
        Node.Rank rankNode = walk.run();
        List<CandidateState> running = candidates.stream().filter(CandidateState::running).toList();
        notes.addAll(evidenceGaps(running));
        return new Walked(tree.id(), candidates, running, rankNode, List.copyOf(walk.path()), List.copyOf(notes));
    }

    /**
     * The decision of a walked tree with these weights: the weighted scores, the ranking at the rank node and the
     * sensitivity of the top. It does not change {@code walked}, so one walk serves any number of weight changes,
     * also from several threads at once.
     */
    public DecisionResult score(Walked walked, CriterionWeights weights) {
        List<CandidateState> running = walked.running;
        Node.Rank rankNode = walked.rankNode;
        WeightedScores scores = new WeightedScores(running, weights);
        Ranking.Result ranking = Ranking.rank(rankNode, running, scores);
        List<PathStep> path = new ArrayList<>(walked.path);
        path.add(new PathStep(rankNode.id(), TreeTexts.of(rankNode.question()),
                String.join(", then ", rankNode.rankBy().stream().map(RankKey::describe).toList()),
                "ranked", null, ranking.evidence(), List.of()));

        // Why the weights cannot move the top, or null when they can (two or more contenders).
        Sentence whyFixed = running.isEmpty() ? DecisionWords.of("why-fixed.none-remains")
                : !ranking.ranksByScore() ? DecisionWords.of("why-fixed.not-by-score", rankNode.id())
                : ranking.contenders().size() < 2 ? DecisionWords.of("why-fixed.decided-by", ranking.decidedBy()) : null;
        List<SensitivityEntry> sensitivity = running.isEmpty() ? List.of()
                : Sensitivity.analyse(ranking.contenders(), scores, whyFixed);
        List<CandidateState> tieSet = ranking.contenders().isEmpty()
                ? ranking.order().stream().limit(1).toList() : ranking.contenders();
        TieReport ties = Sensitivity.ties(tieSet, scores, whyFixed);

        List<Sentence> notes = new ArrayList<>(walked.notes);
        notes.addAll(scores.notes());
        if (scores.totalWeight() == 0) notes.add(DecisionWords.of("note.all-weights-zero"));
        if (running.isEmpty()) notes.add(DecisionWords.of("note.none-remains"));

        List<Recommendation> recommendation = new ArrayList<>();
        int rank = 1;
        for (CandidateState candidate : ranking.order()) {
            recommendation.add(recommended(candidate, rank++, scores, ranking, ties));
        }
        for (CandidateState candidate : walked.candidates) {
            if (!candidate.running()) recommendation.add(excluded(candidate));
        }
        String top = running.isEmpty() ? null : ranking.order().getFirst().name();
        return new DecisionResult(walked.treeId, top, running.isEmpty() ? null : ranking.decidedBy(), recommendation, path,
                sensitivity, ties, notes);
    }

    /**
     * A tree walked over one evaluation's requirements, facts and parameters with this engine's profiles; opaque,
     * and not changed after {@link #walk} returns it.
     */
    public static final class Walked {

        private final String treeId;
        private final List<CandidateState> candidates;
        private final List<CandidateState> running;
        private final Node.Rank rankNode;
        private final List<PathStep> path;
        private final List<Sentence> notes;

        private Walked(String treeId, List<CandidateState> candidates, List<CandidateState> running, Node.Rank rankNode,
                       List<PathStep> path, List<Sentence> notes) {
            this.treeId = treeId;
            this.candidates = candidates;
            this.running = running;
            this.rankNode = rankNode;
            this.path = path;
            this.notes = notes;
        }
    }

    private static Map<String, Double> parameters(DecisionTree tree, DecisionInput input, List<Sentence> notes) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, TreeParameter> entry : tree.parameters().entrySet()) values.put(entry.getKey(), entry.getValue().value());
        for (Map.Entry<String, Double> override : input.parameters().entrySet()) {
            if (!values.containsKey(override.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + override.getKey() + "'; tree '" + tree.id()
                        + "' declares " + values.keySet());
            }
            notes.add(DecisionWords.of("note.parameter", override.getKey(), Numbers.format(override.getValue()),
                    Numbers.format(values.get(override.getKey()))));
            values.put(override.getKey(), override.getValue());
        }
        return values;
    }

    /** Criteria no candidate has evidence for: worth saying once rather than per candidate only. */
    private static List<Sentence> evidenceGaps(List<CandidateState> running) {
        List<Sentence> notes = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            List<String> missing = running.stream().filter(c -> criterion.value(c) == null).map(CandidateState::name).toList();
            if (missing.isEmpty()) continue;
            Object source = criterion.measured() ? DecisionWords.fact(criterion.fact())
                    : DecisionWords.profile(ProfileAttribute.ECOSYSTEM_SCORE);
            notes.add(missing.size() == running.size()
                    ? DecisionWords.of("note.no-evidence.all", DecisionWords.criterion(criterion), source)
                    : DecisionWords.of("note.no-evidence.some", DecisionWords.criterion(criterion), source, String.join(", ", missing)));
        }
        return notes;
    }

    private static Recommendation recommended(CandidateState candidate, int rank, WeightedScores scores,
                                              Ranking.Result ranking, TieReport ties) {
        String name = candidate.name();
        List<Sentence> reasons = new ArrayList<>();
        for (Shortfall s : candidate.shortfalls) reasons.add(DecisionWords.of("reason.shortfall", s.text()));
        reasons.addAll(candidate.reasons);
        reasons.addAll(ranking.reasons().get(name));
        double score = scores.score(name);
        reasons.add(DecisionWords.of("reason.weighted-score", Numbers.format(score), Numbers.format(100 * scores.coverage(name))));
        for (Contribution c : scores.contributions(name)) reasons.add(describe(c));
        if (rank == 1 && (!ties.tiedWith().isEmpty() || !ties.nearTies().isEmpty())) reasons.add(ties.note());
        return new Recommendation(name, candidate.evidence.frameworkKey(), rank, score, reasons, false, null, null,
                candidate.tier, scores.coverage(name), scores.contributions(name), shortfallTexts(candidate));
    }

    private static List<Sentence> shortfallTexts(CandidateState candidate) {
        return candidate.shortfalls.stream().map(Shortfall::text).toList();
    }

    private static Sentence describe(Contribution c) {
        Sentence criterion = DecisionWords.of("contribution.criterion", DecisionWords.criterion(c.criterion()),
                Numbers.format(c.weight()), Numbers.format(c.weightShare()));
        if (c.normalised() == null) {
            Sentence why = switch (c.basis()) {
                case WeightedScores.NOT_COMPARED -> DecisionWords.of("contribution.not-compared", valueWithUnit(c));
                case WeightedScores.NOT_COMPARABLE -> DecisionWords.of("contribution.not-comparable", valueWithUnit(c));
                default -> c.criterion().equals(Criterion.ECOSYSTEM.weightKey()) ? DecisionWords.of("contribution.no-profile")
                        : DecisionWords.noEvidence();
            };
            return DecisionWords.of("reason.contribution.left-out", criterion, why);
        }
        if (c.basis().equals(WeightedScores.SHORTFALL)) {
            return DecisionWords.of("reason.contribution.shortfall", criterion, valueWithUnit(c));
        }
        String normalised = Numbers.format(c.normalised());
        String adds = Numbers.format(c.contribution());
        if (c.basis().equals(WeightedScores.PROFILE)) {
            return DecisionWords.of("reason.contribution.profile", criterion, valueWithUnit(c), normalised, adds);
        }
        if (c.sources().isEmpty()) return DecisionWords.of("reason.contribution.scored", criterion, valueWithUnit(c), normalised, adds);
        return DecisionWords.of("reason.contribution.uploads", criterion, valueWithUnit(c),
                DecisionWords.uploads(c.sources(), "contribution.upload"), normalised, adds);
    }

    private static Object valueWithUnit(Contribution c) {
        return DecisionWords.valueWithUnit(c.value(), c.unit());
    }

    private static Recommendation excluded(CandidateState candidate) {
        return new Recommendation(candidate.name(), candidate.evidence.frameworkKey(), null, null, candidate.reasons, true,
                candidate.excludedReason, candidate.excludedAt, null, null, List.of(), shortfallTexts(candidate));
    }
}
