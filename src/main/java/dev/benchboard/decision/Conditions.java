package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Sentence;
import dev.benchboard.decision.DecisionTree.TreeParameter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates tests, candidate conditions and operands for one decision, collecting the evidence of
 * every value it looks at. Missing requirements and missing facts give "unknown", never a guess.
 */
final class Conditions {

    static final Sentence PROFILE_NOTE = DecisionWords.of("note.from-profile");

    /** A test's answer, the values behind it and, when unknown, why. */
    record Outcome(Answer answer, List<Observation> evidence, Sentence unknownReason) {
    }

    /** A candidate's answer to a list of conditions (all must hold) and, when unknown, why. */
    record Match(Answer answer, Sentence unknownReason) {
    }

    /** An operand's value; value null means unknown ({@code unknownReason} says why). */
    private record Resolved(Object value, String unit, Sentence note, String candidate, List<SourceRef> sources,
                            Sentence unknownReason) {
        static Resolved unknown(Sentence reason) {
            return new Resolved(null, null, null, null, List.of(), reason);
        }
    }

    /**
     * The candidates still in the running while one test or action is evaluated. Operands are resolved
     * once per scope, so an aggregate is computed over the same candidates for every candidate compared.
     */
    final class Scope {
        final List<CandidateState> running;
        final List<Observation> evidence = new ArrayList<>();
        private final Map<Operand, Resolved> resolved = new IdentityHashMap<>();

        Scope(List<CandidateState> running) {
            this.running = running;
        }
    }

    private final ServiceRequirements requirements;
    private final Map<String, TreeParameter> declared;
    private final Map<String, Double> parameters;

    /** @param parameters the tree's parameter values after the decision's overrides */
    Conditions(ServiceRequirements requirements, Map<String, TreeParameter> declared, Map<String, Double> parameters) {
        this.requirements = requirements;
        this.declared = declared;
        this.parameters = parameters;
    }

    Scope scope(List<CandidateState> running) {
        return new Scope(running);
    }

    Outcome test(NodeTest test, Scope scope) {
        return switch (test) {
            case NodeTest.OnRequirement t -> requirementTest(t, scope);
            case NodeTest.OnFact t -> factTest(t, scope);
            case NodeTest.Not t -> {
                Outcome inner = test(t.test(), scope);
                yield new Outcome(inner.answer().not(), inner.evidence(), inner.unknownReason());
            }
            case NodeTest.AllOf t -> combine(t.tests(), scope, Answer.NO);
            case NodeTest.AnyOf t -> combine(t.tests(), scope, Answer.YES);
        };
    }

    /** Kleene logic: the {@code decisive} answer wins, else unknown if any is unknown, else the other answer. */
    private Outcome combine(List<NodeTest> tests, Scope scope, Answer decisive) {
        List<Observation> evidence = new ArrayList<>();
        List<Sentence> unknown = new ArrayList<>();
        boolean decided = false;
        for (NodeTest test : tests) {
            Outcome outcome = test(test, scope);
            evidence.addAll(outcome.evidence());
            if (outcome.answer() == decisive) decided = true;
            if (outcome.answer() == Answer.UNKNOWN) unknown.add(outcome.unknownReason());
        }
        if (decided) return new Outcome(decisive, evidence, null);
        if (!unknown.isEmpty()) return new Outcome(Answer.UNKNOWN, evidence, DecisionWords.joined(unknown, "semicolon"));
        return new Outcome(decisive.not(), evidence, null);
    }

    private Outcome requirementTest(NodeTest.OnRequirement test, Scope scope) {
        RequirementField field = test.field();
        Object left = field.read(requirements);
        Sentence quantity = DecisionWords.of("quantity.requirement", DecisionWords.requirement(field));
        Resolved right = resolve(test.value(), scope);
        List<Observation> evidence = new ArrayList<>(scope.evidence);
        scope.evidence.clear();
        if (left == null) {
            evidence.add(new Observation(quantity, null, null, field.unit(), test.op().symbol(), right.value(), List.of(),
                    DecisionWords.of("note.not-set-in-requirements")));
            return new Outcome(Answer.UNKNOWN, evidence, DecisionWords.of("unknown.not-set", DecisionWords.requirement(field)));
        }
        if (right.value() == null) {
            evidence.add(new Observation(quantity, null, left, field.unit(), test.op().symbol(), null, List.of(), right.unknownReason()));
            return new Outcome(Answer.UNKNOWN, evidence, right.unknownReason());
        }
        evidence.add(new Observation(quantity, null, left, field.unit(), test.op().symbol(), right.value(), List.of(),
                right.note() == null ? DecisionWords.of("note.from-requirements") : right.note()));
        return new Outcome(Answer.of(test.op().holds(left, right.value())), evidence, null);
    }

    private Outcome factTest(NodeTest.OnFact test, Scope scope) {
        Resolved left = aggregate(test.aggregate(), test.fact(), test.where(), scope);
        Resolved right = left.value() == null ? null : resolve(test.value(), scope);
        List<Observation> evidence = new ArrayList<>(scope.evidence);
        scope.evidence.clear();
        Sentence quantity = DecisionWords.aggregate(test.aggregate(), test.fact(), test.where());
        if (left.value() == null) {
            evidence.add(new Observation(quantity, null, null, test.fact().unit(), test.op().symbol(), null, List.of(), left.unknownReason()));
            return new Outcome(Answer.UNKNOWN, evidence, left.unknownReason());
        }
        if (right.value() == null) {
            evidence.add(new Observation(quantity, left.candidate(), left.value(), left.unit(), test.op().symbol(), null,
                    left.sources(), right.unknownReason()));
            return new Outcome(Answer.UNKNOWN, evidence, right.unknownReason());
        }
        evidence.add(new Observation(quantity, left.candidate(), left.value(), left.unit(), test.op().symbol(), right.value(),
                left.sources(), right.note()));
        return new Outcome(Answer.of(test.op().holds(left.value(), right.value())), evidence, null);
    }

    /** All conditions must hold; a "no" settles it, otherwise any "unknown" makes the match unknown. */
    Match match(List<CandidateCondition> where, CandidateState candidate, Scope scope) {
        Sentence unknown = null;
        for (CandidateCondition condition : where) {
            Match match = match(condition, candidate, scope);
            if (match.answer() == Answer.NO) return match;
            if (match.answer() == Answer.UNKNOWN && unknown == null) unknown = match.unknownReason();
        }
        return unknown == null ? new Match(Answer.YES, null) : new Match(Answer.UNKNOWN, unknown);
    }

    private Match match(CandidateCondition condition, CandidateState candidate, Scope scope) {
        return switch (condition) {
            case CandidateCondition.OnProfile c -> {
                Sentence quantity = DecisionWords.of("quantity.profile", DecisionWords.profile(c.attribute()));
                if (candidate.profile == null) {
                    scope.evidence.add(new Observation(quantity, candidate.name(), null, null, c.op().symbol(), c.value().value(),
                            List.of(), candidate.noProfileReason()));
                    yield new Match(Answer.UNKNOWN, candidate.noProfileReason());
                }
                Object value = c.attribute().read(candidate.profile);
                scope.evidence.add(new Observation(quantity, candidate.name(), value, null, c.op().symbol(), c.value().value(),
                        List.of(), PROFILE_NOTE));
                yield new Match(Answer.of(c.op().holds(value, c.value().value())), null);
            }
            case CandidateCondition.OnFact c -> {
                Optional<Fact> fact = candidate.fact(c.fact());
                Resolved right = resolve(c.value(), scope);
                if (fact.isEmpty()) {
                    Sentence reason = DecisionWords.of("unknown.no-evidence-for", DecisionWords.fact(c.fact()));
                    scope.evidence.add(new Observation(DecisionWords.fact(c.fact()), candidate.name(), null, c.fact().unit(), c.op().symbol(),
                            right.value(), List.of(), reason));
                    yield new Match(Answer.UNKNOWN, reason);
                }
                if (right.value() == null) {
                    scope.evidence.add(new Observation(DecisionWords.fact(c.fact()), candidate.name(), fact.get().value(), c.fact().unit(),
                            c.op().symbol(), null, fact.get().sources(), right.unknownReason()));
                    yield new Match(Answer.UNKNOWN, right.unknownReason());
                }
                scope.evidence.add(new Observation(DecisionWords.fact(c.fact()), candidate.name(), fact.get().value(), c.fact().unit(),
                        c.op().symbol(), right.value(), fact.get().sources(), right.note()));
                yield new Match(Answer.of(c.op().holds(fact.get().value(), right.value())), null);
            }
        };
    }

    private Resolved resolve(Operand operand, Scope scope) {
        Resolved cached = scope.resolved.get(operand);
        if (cached != null) return cached;
        Resolved resolved = switch (operand) {
            case Operand.Literal l -> new Resolved(l.value(), null, null, null, List.of(), null);
            case Operand.RequirementValue r -> {
                Object value = r.field().read(requirements);
                Sentence requirement = DecisionWords.of("expr.requirement", DecisionWords.requirement(r.field()));
                yield value == null ? Resolved.unknown(DecisionWords.of("unknown.not-set", requirement))
                        : new Resolved(value, r.field().unit(), requirement, null, List.of(), null);
            }
            case Operand.ParameterValue p -> new Resolved(parameters.get(p.name()), declared.get(p.name()).unit(),
                    DecisionWords.of("note.tree-parameter", p.name(), Numbers.format(parameters.get(p.name()))), null, List.of(), null);
            case Operand.Derived d -> derived(d.quantity());
            case Operand.AggregateValue a -> aggregate(a.aggregate(), a.fact(), a.where(), scope);
        };
        scope.resolved.put(operand, resolved);
        return resolved;
    }

    /** See {@link DerivedQuantity}; unset headroom and redundancy count as 0, and the note says so. */
    private Resolved derived(DerivedQuantity quantity) {
        return switch (quantity) {
            case REQUIRED_PER_INSTANCE_QPS -> {
                Double target = requirements.targetQps();
                Sentence name = DecisionWords.of("word.derived." + DecisionWords.kebab(quantity.key()));
                if (target == null) yield Resolved.unknown(DecisionWords.of("unknown.target-not-set", name));
                double headroom = requirements.headroomPercent() == null ? 0 : requirements.headroomPercent();
                int redundancy = requirements.redundancy() == null ? 0 : requirements.redundancy();
                double maxInstances = parameters.get("maxInstances");
                double active = maxInstances - redundancy;
                Object notSet = DecisionWords.of("derived.not-set");
                Sentence inputs = DecisionWords.of("derived.inputs", Numbers.format(target), Numbers.format(headroom),
                        requirements.headroomPercent() == null ? notSet : "", Numbers.format(maxInstances), String.valueOf(redundancy),
                        requirements.redundancy() == null ? notSet : "");
                if (active <= 0) yield Resolved.unknown(DecisionWords.of("unknown.no-active-instance", name, inputs));
                double value = target * (1 + headroom / 100) / active;
                yield new Resolved(value, quantity.unit(), DecisionWords.of("note.derived", name, inputs,
                        DecisionWords.valueWithUnit(value, quantity.unit())), null, List.of(), null);
            }
        };
    }

    private Resolved aggregate(Aggregate aggregate, FactKey fact, List<CandidateCondition> where, Scope scope) {
        Sentence quantity = DecisionWords.aggregate(aggregate, fact, where);
        Sentence factName = DecisionWords.fact(fact);
        Sentence aggregateName = DecisionWords.of("word.aggregate." + aggregate.key());
        CandidateState best = null;
        double bestValue = 0;
        for (CandidateState candidate : scope.running) {
            Match match = match(where, candidate, scope);
            if (match.answer() == Answer.NO) continue;
            if (match.answer() == Answer.UNKNOWN) {
                scope.evidence.add(new Observation(factName, candidate.name(), null, fact.unit(), null, null, List.of(),
                        DecisionWords.of("note.not-counted", aggregateName, match.unknownReason())));
                continue;
            }
            Optional<Fact> value = candidate.fact(fact);
            if (value.isEmpty()) {
                scope.evidence.add(new Observation(factName, candidate.name(), null, fact.unit(), null, null, List.of(),
                        DecisionWords.of("note.no-evidence-not-counted", aggregateName)));
                continue;
            }
            scope.evidence.add(new Observation(factName, candidate.name(), value.get().value(), fact.unit(), null, null,
                    value.get().sources(), null));
            if (best == null || aggregate.beats(value.get().value(), bestValue)) {
                best = candidate;
                bestValue = value.get().value();
            }
        }
        if (best == null) return Resolved.unknown(DecisionWords.of("unknown.no-candidate-evidence", quantity));
        return new Resolved(bestValue, fact.unit(), DecisionWords.of("note.aggregate", quantity,
                DecisionWords.valueWithUnit(bestValue, fact.unit()), best.name()), best.name(), best.fact(fact).orElseThrow().sources(), null);
    }
}
