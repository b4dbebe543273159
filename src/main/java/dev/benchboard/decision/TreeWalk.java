package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks a tree from its start node to a rank node, applying the actions of the branches taken. */
final class TreeWalk {

    private final DecisionTree tree;
    private final Conditions conditions;
    private final List<CandidateState> candidates;
    private final List<PathStep> path = new ArrayList<>();
    private int tiers;

    TreeWalk(DecisionTree tree, Conditions conditions, List<CandidateState> candidates) {
        this.tree = tree;
        this.conditions = conditions;
        this.candidates = candidates;
    }

    /** Returns the rank node the walk ended at; the tree's validation guarantees there is one. */
    Node.Rank run() {
        Node node = tree.node(tree.start());
        while (node instanceof Node.Question question) {
            Conditions.Outcome outcome = conditions.test(question.test(), conditions.scope(running()));
            String branchName = switch (outcome.answer()) {
                case YES -> "yes";
                case NO -> "no";
                case UNKNOWN -> question.unknown() != null ? "unknown" : "no";
            };
            Node.Branch branch = switch (branchName) {
                case "yes" -> question.yes();
                case "unknown" -> question.unknown();
                default -> question.no();
            };
            List<Observation> evidence = new ArrayList<>(outcome.evidence());
            if (outcome.answer() == Answer.UNKNOWN) {
                evidence.add(new Observation(DecisionWords.of("quantity.answer"), null, "unknown", null, null, null, List.of(),
                        question.unknown() == null ? DecisionWords.of("note.unknown-as-no", outcome.unknownReason())
                                : outcome.unknownReason()));
            }
            List<Effect> effects = new ArrayList<>();
            for (Action action : branch.actions()) apply(action, question.id(), evidence, effects);
            path.add(new PathStep(question.id(), TreeTexts.of(question.question()), question.test().describe(), outcome.answer().json(),
                    branchName, evidence, effects));
            node = tree.node(branch.next());
        }
        return (Node.Rank) node;
    }

    List<PathStep> path() {
        return path;
    }

    private List<CandidateState> running() {
        return candidates.stream().filter(CandidateState::running).toList();
    }

    private void apply(Action action, String nodeId, List<Observation> evidence, List<Effect> effects) {
        Conditions.Scope scope = conditions.scope(running());
        switch (action) {
            case Action.Exclude exclude -> exclude(exclude, nodeId, scope, effects);
            case Action.Demote demote -> demote(demote, nodeId, scope, effects);
            case Action.Prefer prefer -> prefer(prefer, nodeId, scope, effects);
        }
        evidence.addAll(scope.evidence);
    }

    private void exclude(Action.Exclude action, String nodeId, Conditions.Scope scope, List<Effect> effects) {
        boolean any = false;
        for (CandidateState candidate : scope.running) {
            Conditions.Match match = conditions.match(action.where(), candidate, scope);
            switch (match.answer()) {
                case YES -> {
                    candidate.excludedAt = nodeId;
                    Sentence reason = TreeTexts.of(action.reason());
                    candidate.excludedReason = reason;
                    candidate.reasons.add(DecisionWords.of("reason.excluded-at", nodeId, reason));
                    effects.add(new Effect("exclude", candidate.name(), "excluded", reason));
                    any = true;
                }
                case UNKNOWN -> {
                    effects.add(new Effect("exclude", candidate.name(), "not excluded: no evidence", match.unknownReason()));
                    candidate.reasons.add(DecisionWords.of("reason.exclusion-untested", nodeId, match.unknownReason()));
                }
                case NO -> {
                }
            }
        }
        if (!any) effects.add(new Effect("exclude", null, "no candidate matched", DecisionWords.action(action)));
    }

    /** Unknown (no evidence) never demotes: only a measured shortfall does. */
    private void demote(Action.Demote action, String nodeId, Conditions.Scope scope, List<Effect> effects) {
        boolean any = false;
        for (CandidateState candidate : scope.running) {
            Conditions.Match match = conditions.match(action.where(), candidate, scope);
            if (match.answer() == Answer.YES) {
                Sentence reason = TreeTexts.of(action.reason());
                candidate.demotions.add(DecisionWords.of("demotion", nodeId, reason));
                candidate.reasons.add(DecisionWords.of("reason.demoted-at", nodeId, reason));
                effects.add(new Effect("demote", candidate.name(), "demoted", reason));
                any = true;
            } else if (match.answer() == Answer.UNKNOWN) {
                effects.add(new Effect("demote", candidate.name(), "not demoted: no evidence", match.unknownReason()));
            }
        }
        if (!any) effects.add(new Effect("demote", null, "no candidate matched", DecisionWords.action(action)));
    }

    private void prefer(Action.Prefer action, String nodeId, Conditions.Scope scope, List<Effect> effects) {
        List<CandidateState> matched = new ArrayList<>();
        for (CandidateState candidate : scope.running) {
            if (candidate.demoted()) {
                // A candidate with a measured shortfall takes no preference, so "best" is chosen among the others.
                effects.add(new Effect("prefer", candidate.name(), "not preferred: demoted", candidate.demotions.getFirst()));
                continue;
            }
            Conditions.Match match = conditions.match(action.where(), candidate, scope);
            if (match.answer() == Answer.YES) matched.add(candidate);
            if (match.answer() == Answer.UNKNOWN) notPreferred(nodeId, candidate, match.unknownReason(), effects);
        }
        List<CandidateState> preferred = action.best() == null ? matched : bestOf(action.best(), matched, nodeId, scope, effects);
        boolean opened = false;
        for (CandidateState candidate : preferred) {
            if (candidate.tier != null) {
                effects.add(new Effect("prefer", candidate.name(), "already preferred",
                        DecisionWords.of("effect.tier-stays", String.valueOf(candidate.tier), candidate.preferredAt)));
                continue;
            }
            if (!opened) {
                tiers++;
                opened = true;
            }
            candidate.tier = tiers;
            candidate.preferredAt = nodeId;
            candidate.preferredReason = TreeTexts.of(action.reason());
            effects.add(new Effect("prefer", candidate.name(), "preferred",
                    DecisionWords.of("effect.tier", String.valueOf(tiers), candidate.preferredReason)));
        }
        if (preferred.isEmpty()) effects.add(new Effect("prefer", null, "no candidate matched", DecisionWords.action(action)));
    }

    /** The candidates in the best band of {@code key}; those without a value cannot be the best. */
    private List<CandidateState> bestOf(RankKey key, List<CandidateState> matched, String nodeId, Conditions.Scope scope,
                                        List<Effect> effects) {
        RankKey.ByFact byFact = key instanceof RankKey.ByFact f ? f : null;
        RankKey.ByProfile byProfile = key instanceof RankKey.ByProfile p ? p : null;
        if (byFact == null && byProfile == null) throw new IllegalStateException("the parser only allows fact or profile keys in 'best'");
        Sentence quantity = DecisionWords.keyName(key);
        String unit = byFact != null ? byFact.fact().unit() : null;
        List<CandidateState> valued = new ArrayList<>();
        Map<CandidateState, Double> values = new HashMap<>();
        for (CandidateState candidate : matched) {
            Double value = byFact != null ? candidate.fact(byFact.fact()).map(Fact::value).orElse(null)
                    : candidate.profile == null ? null : (Double) byProfile.attribute().read(candidate.profile);
            List<SourceRef> sources = byFact != null ? candidate.fact(byFact.fact()).map(Fact::sources).orElse(List.of()) : List.of();
            if (value == null) {
                Sentence why = byFact != null ? DecisionWords.of("unknown.no-evidence-for", quantity) : candidate.noProfileReason();
                scope.evidence.add(new Observation(quantity, candidate.name(), null, unit, null, null, List.of(), why));
                notPreferred(nodeId, candidate, why, effects);
                continue;
            }
            scope.evidence.add(new Observation(quantity, candidate.name(), value, unit, null, null, sources,
                    byFact != null ? null : Conditions.PROFILE_NOTE));
            valued.add(candidate);
            values.put(candidate, value);
        }
        if (valued.isEmpty()) return List.of();
        Order order = byFact != null ? byFact.order() : byProfile.order();
        double tolerance = byFact != null ? byFact.tolerance() : byProfile.tolerance();
        List<CandidateState> best = Bands.byValue(valued, values::get, order, tolerance).getFirst();
        return best.stream().sorted(Comparator.comparing(CandidateState::name)).toList();
    }

    private static void notPreferred(String nodeId, CandidateState candidate, Sentence why, List<Effect> effects) {
        effects.add(new Effect("prefer", candidate.name(), "not preferred: no evidence", why));
        candidate.reasons.add(DecisionWords.of("reason.preference-untested", nodeId, why));
    }
}
