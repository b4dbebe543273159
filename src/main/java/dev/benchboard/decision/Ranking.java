package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Orders the candidates still in the running at a rank node: candidates with a measured shortfall (demoted
 * by the tree) after all others, then by preference tier (earlier preferences first, unpreferred last), then
 * by each rank key in turn, then by name. Each key only reorders the candidates the previous keys left tied,
 * so the ordering is a refinement of groups ("parts"). A fact or profile key orders a group only when every
 * candidate in it has a value (missing evidence is reported, never ranked on) and, for reliability facts,
 * when their chaos runs injected the same fault plan (otherwise the figures are not comparable).
 */
final class Ranking {

    /**
     * @param contenders the candidates tied with the top on everything before the weighted-score key,
     *                   i.e. those the weights decide between; empty when the node does not rank by score
     * @param decidedBy  what separated the top candidate from the others
     */
    record Result(List<CandidateState> order, List<CandidateState> contenders, boolean ranksByScore,
                  Sentence decidedBy, List<Observation> evidence, Map<String, List<Sentence>> reasons) {
    }

    private static final Comparator<CandidateState> BY_NAME = Comparator.comparing(CandidateState::name);

    private final Node.Rank node;
    private final List<CandidateState> running;
    private final WeightedScores scores;
    private final List<Observation> evidence = new ArrayList<>();
    private final Map<String, List<Sentence>> reasons = new LinkedHashMap<>();
    private List<List<CandidateState>> parts;
    private Sentence decidedBy;

    private Ranking(Node.Rank node, List<CandidateState> running, WeightedScores scores) {
        this.node = node;
        this.running = running;
        this.scores = scores;
        for (CandidateState candidate : running) reasons.put(candidate.name(), new ArrayList<>());
    }

    static Result rank(Node.Rank node, List<CandidateState> running, WeightedScores scores) {
        return new Ranking(node, running, scores).run();
    }

    private Result run() {
        if (running.isEmpty()) return new Result(List.of(), List.of(), false, null, evidence, reasons);
        parts = new ArrayList<>();
        splitByShortfall();
        refineByTier();
        List<CandidateState> contenders = List.of();
        boolean ranksByScore = false;
        for (RankKey key : node.rankBy()) {
            if (key instanceof RankKey.ByWeightedScore) {
                ranksByScore = true;
                contenders = List.copyOf(parts.getFirst());
            }
            refineBy(key);
        }
        List<CandidateState> order = parts.stream().flatMap(List::stream).toList();
        List<CandidateState> tiedBeforeScore = contenders;
        contenders = order.stream().filter(tiedBeforeScore::contains).toList();
        if (decidedBy == null) {
            decidedBy = running.size() <= 1 ? DecisionWords.of("decided-by.only-candidate")
                    : DecisionWords.of("decided-by.name-order", names(parts.getFirst().subList(1, parts.getFirst().size())));
        }
        return new Result(order, contenders, ranksByScore, decidedBy, evidence, reasons);
    }

    private void splitByShortfall() {
        List<CandidateState> clean = sortedByName(running.stream().filter(c -> !c.demoted()).toList());
        List<CandidateState> demoted = sortedByName(running.stream().filter(CandidateState::demoted).toList());
        if (!clean.isEmpty()) parts.add(clean);
        if (!demoted.isEmpty()) parts.add(demoted);
        for (CandidateState candidate : demoted) {
            Sentence demotions = DecisionWords.joined(candidate.demotions, "semicolon");
            reasons.get(candidate.name()).add(DecisionWords.of("reason.measured-shortfall", demotions,
                    clean.isEmpty() ? DecisionWords.of("reason.after-nobody") : names(clean)));
            evidence.add(new Observation(DecisionWords.of("quantity.shortfall"), candidate.name(), null, null, null, null, List.of(),
                    demotions));
        }
        noteIfDecided(() -> Sentence.counted("decision.decided-by.no-shortfall", demoted.size(), names(demoted)));
    }

    private void refineByTier() {
        List<List<CandidateState>> refined = new ArrayList<>();
        for (List<CandidateState> part : parts) {
            Map<Integer, List<CandidateState>> byTier = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            for (CandidateState candidate : part) byTier.computeIfAbsent(candidate.tier, t -> new ArrayList<>()).add(candidate);
            refined.addAll(byTier.values());
        }
        for (CandidateState candidate : running) {
            Sentence line = candidate.tier == null ? DecisionWords.of("reason.not-preferred")
                    : DecisionWords.of("reason.tier", String.valueOf(candidate.tier), candidate.preferredAt, candidate.preferredReason);
            reasons.get(candidate.name()).add(line);
            evidence.add(new Observation(DecisionWords.of("quantity.preference-tier"), candidate.name(), candidate.tier, null, null,
                    null, List.of(), candidate.tier == null ? DecisionWords.of("note.not-preferred")
                            : DecisionWords.of("note.preferred-at", candidate.preferredAt)));
        }
        parts = refined;
        noteIfDecided(() -> {
            CandidateState top = parts.getFirst().getFirst();
            return DecisionWords.of("decided-by.tier", String.valueOf(top.tier), top.preferredAt, top.preferredReason);
        });
    }

    private void refineBy(RankKey key) {
        Function<CandidateState, Double> value = switch (key) {
            case RankKey.ByFact k -> c -> c.fact(k.fact()).map(Fact::value).orElse(null);
            case RankKey.ByProfile k -> c -> c.profile == null ? null : (Double) k.attribute().read(c.profile);
            case RankKey.ByWeightedScore k -> c -> scores.score(c.name());
        };
        Sentence quantity = DecisionWords.keyName(key);
        String unit = switch (key) {
            case RankKey.ByFact k -> k.fact().unit();
            case RankKey.ByProfile k -> null;
            case RankKey.ByWeightedScore k -> null;
        };
        List<List<CandidateState>> refined = new ArrayList<>();
        for (List<CandidateState> part : parts) {
            List<CandidateState> measured = part.stream().filter(c -> value.apply(c) != null).toList();
            List<CandidateState> missing = part.stream().filter(c -> value.apply(c) == null).toList();
            Sentence notApplied = notApplied(key, part, missing);
            if (notApplied != null) {
                for (CandidateState candidate : part) {
                    Double v = value.apply(candidate);
                    reasons.get(candidate.name()).add(DecisionWords.of("reason.rank-key.not-applied", quantity,
                            v == null ? DecisionWords.noEvidence() : DecisionWords.valueWithUnit(v, unit), notApplied));
                    evidence.add(new Observation(quantity, candidate.name(), v, unit, null, null, sources(key, candidate),
                            DecisionWords.of("note.not-applied", notApplied)));
                }
                refined.add(part);
                continue;
            }
            List<List<CandidateState>> bands = switch (key) {
                case RankKey.ByFact k -> Bands.byValue(measured, value, k.order(), k.tolerance());
                case RankKey.ByProfile k -> Bands.byValue(measured, value, k.order(), k.tolerance());
                case RankKey.ByWeightedScore k -> Bands.byScore(measured, value);
            };
            for (int b = 0; b < bands.size(); b++) {
                List<CandidateState> band = sortedByName(bands.get(b));
                double best = value.apply(bands.get(b).getFirst());
                for (CandidateState candidate : band) {
                    double v = value.apply(candidate);
                    Sentence where = part.size() == 1 ? DecisionWords.of("band.alone")
                            : bands.size() == 1 && missing.isEmpty() ? DecisionWords.of("band.same")
                            : DecisionWords.of("band.of", String.valueOf(b + 1),
                                    String.valueOf(bands.size() + (missing.isEmpty() ? 0 : 1)), Numbers.format(best));
                    reasons.get(candidate.name()).add(DecisionWords.of("reason.rank-key.band", quantity,
                            DecisionWords.valueWithUnit(v, unit), where));
                    evidence.add(new Observation(quantity, candidate.name(), v, unit, null, null, sources(key, candidate), where));
                }
                refined.add(band);
            }
            if (!missing.isEmpty()) {
                for (CandidateState candidate : missing) {
                    Sentence why = key instanceof RankKey.ByProfile ? candidate.noProfileReason() : DecisionWords.noEvidence();
                    Sentence where = measured.isEmpty() ? why : DecisionWords.of("band.placed-after", why);
                    reasons.get(candidate.name()).add(DecisionWords.of("reason.rank-key", quantity, where));
                    evidence.add(new Observation(quantity, candidate.name(), null, unit, null, null, List.of(), where));
                }
                refined.add(missing);
            }
        }
        parts = refined;
        noteIfDecided(() -> {
            CandidateState top = parts.getFirst().getFirst();
            return DecisionWords.of("decided-by.rank-key", DecisionWords.rankKey(key), top.name(),
                    DecisionWords.valueWithUnit(value.apply(top), unit));
        });
    }

    /** Why a fact or profile key cannot order this group, or null when it can. */
    private static Sentence notApplied(RankKey key, List<CandidateState> part, List<CandidateState> missing) {
        if (part.size() < 2 || key instanceof RankKey.ByWeightedScore) return null;
        if (!missing.isEmpty()) {
            return DecisionWords.of(key instanceof RankKey.ByProfile ? "not-applied.no-profile" : "not-applied.no-evidence",
                    names(missing));
        }
        if (key instanceof RankKey.ByFact k && k.fact().fromChaosRuns() && FaultPlans.differ(part)) {
            return DecisionWords.of("not-applied.fault-plans", FaultPlans.describe(part));
        }
        return null;
    }

    private void noteIfDecided(Supplier<Sentence> description) {
        if (decidedBy == null && running.size() > 1 && parts.getFirst().size() == 1) decidedBy = description.get();
    }

    private static List<SourceRef> sources(RankKey key, CandidateState candidate) {
        return key instanceof RankKey.ByFact k ? candidate.fact(k.fact()).map(Fact::sources).orElse(List.of()) : List.of();
    }

    private static List<CandidateState> sortedByName(List<CandidateState> candidates) {
        List<CandidateState> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_NAME);
        return sorted;
    }

    static String names(List<CandidateState> candidates) {
        return String.join(", ", candidates.stream().map(CandidateState::name).toList());
    }
}
