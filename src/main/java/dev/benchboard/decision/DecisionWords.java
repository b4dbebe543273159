package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The decision's sentences and the words they are made of: fact, profile, requirement and criterion names, units
 * that are words ("score", "instances"), the tree's tests and actions in words. Every template is a key under
 * {@code decision.} in {@code dev/benchboard/format/sentences.properties}; the English of each is exactly what the
 * decision wrote before it kept its sentences as codes (the API's text, checked by the demo decision's golden).
 */
public final class DecisionWords {

    private DecisionWords() {
    }

    /** The sentence {@code decision.<key>}. */
    static Sentence of(String key, Object... args) {
        return Sentence.of("decision." + key, args);
    }

    /** "failureRatePerHour" → "failure-rate-per-hour", "middlewareMaturity.otel" → "middleware-maturity.otel". */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static Sentence fact(FactKey fact) {
        return of("word.fact." + kebab(fact.key()));
    }

    static Sentence profile(ProfileAttribute attribute) {
        return of("word.profile." + kebab(attribute.key()));
    }

    static Sentence requirement(RequirementField field) {
        return of("word.requirement." + kebab(field.key()));
    }

    static Sentence criterion(Criterion criterion) {
        return of("word.criterion." + kebab(criterion.weightKey()));
    }

    /** A criterion by its weight key ("gcPause"), as the records name it; the key itself when it is none of ours. */
    static Object criterion(String weightKey) {
        for (Criterion c : Criterion.values()) if (c.weightKey().equals(weightKey)) return criterion(c);
        return weightKey;
    }

    static Sentence noEvidence() {
        return of("no-evidence");
    }

    /** A unit: symbols (ms, rps, 1/h) as they are, the units that are words ("score", "instances") per language. */
    static Object unit(String unit) {
        return switch (unit) {
            case "score", "fraction", "flag", "instances", "cores" -> of("word.unit." + unit);
            case "per hour" -> of("word.unit.per-hour");
            default -> unit;
        };
    }

    /** "0.8333 score", "3.55 ms"; the bare number without a unit. */
    static Object valueWithUnit(double value, String unit) {
        return unit == null ? Numbers.format(value) : of("value-unit", Numbers.format(value), unit(unit));
    }

    /** Joins sentences in order with the template {@code joined.<how>} ("{0}, {1}", "{0}; {1}", "{0}. {1}"); at least one. */
    static Sentence joined(List<Sentence> parts, String how) {
        return java.util.Objects.requireNonNull(Sentence.joined("joined." + how, parts), "nothing to join");
    }

    /** Sentences in order, joined as the reader's language joins clauses ("a; b" / "a；b"); at least one. */
    public static Sentence semicolons(List<Sentence> parts) {
        return joined(parts, "semicolon");
    }

    static <T> Sentence joined(List<T> items, Function<T, Sentence> each, String how) {
        return joined(items.stream().map(each).toList(), how);
    }

    /** "upload 10 (sweep/c1.txt), upload 11 (…)" in the reader's language. */
    static Sentence uploads(List<SourceRef> sources, String key) {
        return joined(sources, s -> of(key, String.valueOf(s.uploadId()), s.fileName()), "comma");
    }

    /** A tree test in words; its English is {@link NodeTest#describe()}. */
    public static Sentence test(NodeTest test) {
        return switch (test) {
            case NodeTest.OnRequirement t -> of("expr.compare", requirement(t.field()), op(t.op()), operand(t.value()));
            case NodeTest.OnFact t -> of("expr.compare", aggregate(t.aggregate(), t.fact(), t.where()), op(t.op()), operand(t.value()));
            case NodeTest.AllOf t -> of("expr.group", joined(t.tests(), DecisionWords::test, "and"));
            case NodeTest.AnyOf t -> of("expr.group", joined(t.tests(), DecisionWords::test, "or"));
            case NodeTest.Not t -> of("expr.not", test(t.test()));
        };
    }

    /** An action of a branch in words; its English is {@link Action#describe()}. */
    public static Sentence action(Action action) {
        return switch (action) {
            case Action.Exclude a -> of("expr.exclude", conditions(a.where()));
            case Action.Demote a -> of("expr.demote", conditions(a.where()));
            case Action.Prefer a when a.best() == null -> a.where().isEmpty() ? of("expr.prefer.all")
                    : of("expr.prefer", conditions(a.where()));
            case Action.Prefer a -> a.where().isEmpty() ? of("expr.prefer-best.all", rankKey(a.best()))
                    : of("expr.prefer-best", conditions(a.where()), rankKey(a.best()));
        };
    }

    /** A rank key in words; its English is {@link RankKey#describe()}. */
    public static Sentence rankKey(RankKey key) {
        return switch (key) {
            case RankKey.ByFact k -> banded(fact(k.fact()), k.order(), k.tolerance());
            case RankKey.ByProfile k -> banded(profile(k.attribute()), k.order(), k.tolerance());
            case RankKey.ByWeightedScore k -> of("expr.rank-key.weighted-score");
        };
    }

    /** The rank node's keys: "a, then b, then c". */
    public static Sentence rankBy(List<RankKey> keys) {
        return joined(keys, DecisionWords::rankKey, "then");
    }

    /** The name a rank key gives its quantity in the reasons ("failureRatePerHour", "weighted score"). */
    static Sentence keyName(RankKey key) {
        return switch (key) {
            case RankKey.ByFact k -> fact(k.fact());
            case RankKey.ByProfile k -> profile(k.attribute());
            case RankKey.ByWeightedScore k -> of("word.weighted-score");
        };
    }

    private static Sentence banded(Sentence name, Order order, double tolerance) {
        Sentence first = of("word.order." + order.key());
        return tolerance == 0 ? of("expr.rank-key", name, first)
                : of("expr.rank-key.tolerance", name, first, Numbers.format(1 + tolerance));
    }

    static Sentence aggregate(Aggregate aggregate, FactKey fact, List<CandidateCondition> where) {
        return where.isEmpty() ? of("expr.aggregate." + aggregate.key(), fact(fact))
                : of("expr.aggregate." + aggregate.key() + ".where", fact(fact), conditions(where));
    }

    static Sentence conditions(List<CandidateCondition> conditions) {
        return joined(conditions, DecisionWords::condition, "and");
    }

    private static Sentence condition(CandidateCondition condition) {
        return switch (condition) {
            case CandidateCondition.OnProfile c -> of("expr.compare", profile(c.attribute()), op(c.op()), operand(c.value()));
            case CandidateCondition.OnFact c -> of("expr.compare", fact(c.fact()), op(c.op()), operand(c.value()));
        };
    }

    private static Object op(Op op) {
        return switch (op) {
            case IN -> of("word.op.in");
            case NOT_IN -> of("word.op.not-in");
            default -> op.symbol();
        };
    }

    static Object operand(Operand operand) {
        return switch (operand) {
            case Operand.Literal l when l.value() instanceof Boolean b -> of(b ? "word.true" : "word.false");
            case Operand.Literal l -> l.describe();
            case Operand.RequirementValue r -> of("expr.requirement", requirement(r.field()));
            case Operand.ParameterValue p -> of("expr.parameter", p.name());
            case Operand.Derived d -> of("word.derived." + kebab(d.quantity().key()));
            case Operand.AggregateValue a -> aggregate(a.aggregate(), a.fact(), a.where());
        };
    }
}
