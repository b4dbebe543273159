package dev.benchboard.decision;

import dev.benchboard.decision.DecisionTree.TreeParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON of a decision tree into the model, checking names, operators, types and units on the
 * way. Problems inside one node stop that node only, so a user sees every broken node at once; the
 * graph (references, cycles, reachability) is checked by {@link TreeGraphCheck} once all nodes parse.
 */
final class TreeParser {

    private static final Set<String> ROOT = Set.of("schemaVersion", "id", "title", "description", "parameters", "start", "nodes");
    private static final Set<String> PARAMETER = Set.of("value", "unit", "description");
    private static final Set<String> QUESTION = Set.of("id", "question", "description", "test", "yes", "no", "unknown");
    private static final Set<String> RANK = Set.of("id", "question", "description", "rankBy");
    private static final Set<String> BRANCH = Set.of("actions", "next");
    private static final Set<String> REQUIREMENT_TEST = Set.of("requirement", "op", "value");
    private static final Set<String> FACT_TEST = Set.of("fact", "aggregate", "where", "op", "value");
    private static final Set<String> CONDITION = Set.of("profile", "fact", "op", "value");
    private static final Set<String> AGGREGATE_OPERAND = Set.of("aggregate", "fact", "where");
    private static final Set<String> EXCLUDE = Set.of("type", "where", "reason");
    private static final Set<String> PREFER = Set.of("type", "where", "best", "reason");
    private static final Set<String> ORDERED_KEY = Set.of("fact", "profile", "order", "tolerance");
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final List<DataProblem> problems = new ArrayList<>();
    private Map<String, TreeParameter> parameters = Map.of();

    /** Parses and validates; throws {@link InvalidDecisionDataException} listing every problem found. */
    static DecisionTree parse(String document, JsonNode json) {
        return new TreeParser().tree(document, json);
    }

    private DecisionTree tree(String document, JsonNode json) {
        DecisionTree tree = null;
        try {
            JsonAt root = JsonAt.root(json).requireObject();
            root.onlyProperties(ROOT);
            JsonAt version = root.field("schemaVersion");
            if (version.integer() != 1) throw version.fail("unsupported schemaVersion " + version.integer() + "; expected 1");
            String id = root.field("id").nonBlankString();
            String title = root.field("title").nonBlankString();
            String description = optionalString(root, "description");
            parameters = parameters(root.optionalField("parameters"));
            JsonAt startAt = root.field("start");
            String start = startAt.nonBlankString();
            List<JsonAt> nodeElements = root.field("nodes").nonEmptyElements();
            List<Node> nodes = new ArrayList<>();
            for (JsonAt element : nodeElements) {
                try {
                    nodes.add(node(element));
                } catch (JsonAt.Failure f) {
                    problems.add(f.problem);
                }
            }
            if (problems.isEmpty()) {
                problems.addAll(TreeGraphCheck.check(start, startAt.path(), nodes));
                tree = new DecisionTree(1, id, title, description, parameters, start, nodes);
            }
        } catch (JsonAt.Failure f) {
            problems.add(f.problem);
        }
        if (!problems.isEmpty()) throw new InvalidDecisionDataException(document, problems);
        return tree;
    }

    private Map<String, TreeParameter> parameters(JsonAt at) {
        Map<String, TreeParameter> out = new LinkedHashMap<>();
        if (at == null) return out;
        for (String name : at.propertyNames()) {
            JsonAt parameter = at.field(name).requireObject();
            parameter.onlyProperties(PARAMETER);
            out.put(name, new TreeParameter(parameter.field("value").number(), optionalString(parameter, "unit"),
                    optionalString(parameter, "description")));
        }
        return out;
    }

    private Node node(JsonAt at) {
        at.requireObject();
        boolean question = at.has("test");
        boolean rank = at.has("rankBy");
        if (question == rank) {
            throw at.fail(question ? "a node has either 'test' (question node) or 'rankBy' (rank node), not both"
                    : "a node needs either 'test' (question node) or 'rankBy' (rank node)");
        }
        at.onlyProperties(question ? QUESTION : RANK);
        JsonAt idAt = at.field("id");
        String id = idAt.nonBlankString();
        if (!NODE_ID.matcher(id).matches()) {
            throw idAt.fail("node id '" + id + "' may only use letters, digits, '_', '.' and '-', starting with a letter or digit");
        }
        String text = at.field("question").nonBlankString();
        String description = optionalString(at, "description");
        if (rank) return new Node.Rank(id, text, description, rankKeys(at.field("rankBy")));
        JsonAt unknown = at.optionalField("unknown");
        return new Node.Question(id, text, description, test(at.field("test")), branch(at.field("yes")),
                branch(at.field("no")), unknown == null ? null : branch(unknown));
    }

    private Node.Branch branch(JsonAt at) {
        at.onlyProperties(BRANCH);
        JsonAt actionsAt = at.optionalField("actions");
        List<Action> actions = actionsAt == null ? List.of() : actionsAt.elements().stream().map(this::action).toList();
        return new Node.Branch(actions, at.field("next").nonBlankString());
    }

    // ---- tests ----

    private NodeTest test(JsonAt at) {
        String kind = exactlyOne(at, "requirement", "fact", "allOf", "anyOf", "not");
        return switch (kind) {
            case "requirement" -> requirementTest(at);
            case "fact" -> factTest(at);
            case "allOf" -> {
                at.onlyProperties(Set.of("allOf"));
                yield new NodeTest.AllOf(at.field("allOf").nonEmptyElements().stream().map(this::test).toList());
            }
            case "anyOf" -> {
                at.onlyProperties(Set.of("anyOf"));
                yield new NodeTest.AnyOf(at.field("anyOf").nonEmptyElements().stream().map(this::test).toList());
            }
            default -> {
                at.onlyProperties(Set.of("not"));
                yield new NodeTest.Not(test(at.field("not")));
            }
        };
    }

    private NodeTest requirementTest(JsonAt at) {
        at.onlyProperties(REQUIREMENT_TEST);
        RequirementField field = lookup(at.field("requirement"), "requirement", RequirementField::byKey, RequirementField.keys());
        Op op = op(at.field("op"), field.type(), "requirement '" + field.key() + "'");
        Operand value = operand(at.field("value"), field.type(), op, field.unit(), "requirement '" + field.key() + "'");
        return new NodeTest.OnRequirement(field, op, value);
    }

    private NodeTest factTest(JsonAt at) {
        at.onlyProperties(FACT_TEST);
        FactKey fact = fact(at.field("fact"));
        Aggregate aggregate = lookup(at.field("aggregate"), "aggregate", Aggregate::byKey, Aggregate.keys());
        List<CandidateCondition> where = conditions(at.optionalField("where"));
        Op op = op(at.field("op"), ValueType.NUMBER, "fact '" + fact.key() + "'");
        Operand value = operand(at.field("value"), ValueType.NUMBER, op, fact.unit(), "fact '" + fact.key() + "'");
        return new NodeTest.OnFact(fact, aggregate, where, op, value);
    }

    // ---- candidate conditions ----

    private List<CandidateCondition> conditions(JsonAt at) {
        return at == null ? List.of() : at.elements().stream().map(this::condition).toList();
    }

    private CandidateCondition condition(JsonAt at) {
        String kind = exactlyOne(at, "profile", "fact");
        at.onlyProperties(CONDITION);
        if (kind.equals("profile")) {
            ProfileAttribute attribute = profileAttribute(at.field("profile"));
            String subject = "profile attribute '" + attribute.key() + "'";
            Op op = op(at.field("op"), attribute.type(), subject);
            JsonAt valueAt = at.field("value");
            if (valueAt.isObject()) throw valueAt.fail("a profile condition compares with a literal value, not an object");
            return new CandidateCondition.OnProfile(attribute, op,
                    (Operand.Literal) operand(valueAt, attribute.type(), op, null, subject));
        }
        FactKey fact = fact(at.field("fact"));
        Op op = op(at.field("op"), ValueType.NUMBER, "fact '" + fact.key() + "'");
        return new CandidateCondition.OnFact(fact, op,
                operand(at.field("value"), ValueType.NUMBER, op, fact.unit(), "fact '" + fact.key() + "'"));
    }

    // ---- operands ----

    private Operand operand(JsonAt at, ValueType expected, Op op, String unit, String subject) {
        if (op == Op.IN || op == Op.NOT_IN) {
            List<JsonAt> items = at.nonEmptyElements();
            return new Operand.Literal(items.stream().map(JsonAt::string).toList());
        }
        if (!at.isObject()) return literal(at, expected, subject);
        String kind = exactlyOne(at, "requirement", "parameter", "derived", "aggregate");
        Operand operand;
        String operandUnit;
        ValueType type = ValueType.NUMBER;
        switch (kind) {
            case "requirement" -> {
                at.onlyProperties(Set.of("requirement"));
                RequirementField field = lookup(at.field("requirement"), "requirement", RequirementField::byKey, RequirementField.keys());
                operand = new Operand.RequirementValue(field);
                operandUnit = field.unit();
                type = field.type();
            }
            case "parameter" -> {
                at.onlyProperties(Set.of("parameter"));
                JsonAt nameAt = at.field("parameter");
                String name = nameAt.string();
                TreeParameter parameter = parameters.get(name);
                if (parameter == null) {
                    throw nameAt.fail("unknown parameter '" + name + "'; the tree declares " + parameters.keySet());
                }
                operand = new Operand.ParameterValue(name);
                operandUnit = parameter.unit();
            }
            case "derived" -> {
                at.onlyProperties(Set.of("derived"));
                JsonAt nameAt = at.field("derived");
                DerivedQuantity quantity = lookup(nameAt, "derived quantity", DerivedQuantity::byKey, DerivedQuantity.keys());
                for (String needed : quantity.parameters()) {
                    if (!parameters.containsKey(needed)) {
                        throw nameAt.fail("'" + quantity.key() + "' needs the tree parameter '" + needed + "' (declare it under $.parameters)");
                    }
                }
                operand = new Operand.Derived(quantity);
                operandUnit = quantity.unit();
            }
            default -> {
                at.onlyProperties(AGGREGATE_OPERAND);
                Aggregate aggregate = lookup(at.field("aggregate"), "aggregate", Aggregate::byKey, Aggregate.keys());
                FactKey fact = fact(at.field("fact"));
                operand = new Operand.AggregateValue(aggregate, fact, conditions(at.optionalField("where")));
                operandUnit = fact.unit();
            }
        }
        if (type != expected) {
            throw at.fail(subject + " is " + expected.describe() + " but " + operand.describe() + " is " + type.describe());
        }
        if (unit != null && operandUnit != null && !unit.equals(operandUnit)) {
            throw at.fail("unit mismatch: " + subject + " is in " + unit + " but " + operand.describe() + " is in " + operandUnit);
        }
        return operand;
    }

    private static Operand.Literal literal(JsonAt at, ValueType expected, String subject) {
        Object value = switch (expected) {
            case BOOLEAN -> at.isBoolean() ? at.bool() : null;
            case NUMBER -> at.isNumber() ? at.number() : null;
            case STRING -> at.isString() ? at.string() : null;
        };
        if (value == null) throw at.fail("expected " + expected.describe() + " for " + subject + ", got " + at.describe());
        return new Operand.Literal(value);
    }

    // ---- actions ----

    private Action action(JsonAt at) {
        at.requireObject();
        JsonAt typeAt = at.field("type");
        String type = typeAt.string();
        switch (type) {
            case "exclude" -> {
                at.onlyProperties(EXCLUDE);
                List<CandidateCondition> where = at.field("where").nonEmptyElements().stream().map(this::condition).toList();
                return new Action.Exclude(where, at.field("reason").nonBlankString());
            }
            case "demote" -> {
                at.onlyProperties(EXCLUDE);
                List<CandidateCondition> where = at.field("where").nonEmptyElements().stream().map(this::condition).toList();
                return new Action.Demote(where, at.field("reason").nonBlankString());
            }
            case "prefer" -> {
                at.onlyProperties(PREFER);
                if (!at.has("where") && !at.has("best")) throw at.fail("a prefer action needs 'where', 'best' or both");
                JsonAt bestAt = at.optionalField("best");
                RankKey best = bestAt == null ? null : orderedKey(bestAt);
                return new Action.Prefer(conditions(at.optionalField("where")), best, at.field("reason").nonBlankString());
            }
            default -> throw typeAt.fail("unknown action type '" + type + "'; expected one of [exclude, demote, prefer]");
        }
    }

    // ---- ranking ----

    private List<RankKey> rankKeys(JsonAt at) {
        List<RankKey> keys = new ArrayList<>();
        boolean weighted = false;
        for (JsonAt element : at.nonEmptyElements()) {
            element.requireObject();
            if (element.has("weightedScore")) {
                element.onlyProperties(Set.of("weightedScore"));
                JsonAt value = element.field("weightedScore");
                if (!"highest".equals(value.string())) throw value.fail("the weighted score ranks \"highest\" first; got \"" + value.string() + "\"");
                if (weighted) throw element.fail("the weighted score is already a key of this rank node");
                weighted = true;
                keys.add(new RankKey.ByWeightedScore());
            } else {
                keys.add(orderedKey(element));
            }
        }
        return keys;
    }

    private RankKey orderedKey(JsonAt at) {
        String kind = exactlyOne(at, "fact", "profile");
        at.onlyProperties(ORDERED_KEY);
        Order order = lookup(at.field("order"), "order", Order::byKey, Order.keys());
        JsonAt toleranceAt = at.optionalField("tolerance");
        double tolerance = toleranceAt == null ? 0 : toleranceAt.number();
        if (tolerance < 0) throw toleranceAt.fail("tolerance is a relative margin and must be ≥ 0, got " + Numbers.format(tolerance));
        if (kind.equals("fact")) return new RankKey.ByFact(fact(at.field("fact")), order, tolerance);
        JsonAt attributeAt = at.field("profile");
        ProfileAttribute attribute = profileAttribute(attributeAt);
        if (attribute.type() != ValueType.NUMBER) {
            throw attributeAt.fail("only numeric profile attributes can rank; '" + attribute.key() + "' is " + attribute.type().describe());
        }
        return new RankKey.ByProfile(attribute, order, tolerance);
    }

    // ---- names ----

    private static FactKey fact(JsonAt at) {
        return lookup(at, "fact", FactKey::byKey, FactKey.keys());
    }

    private static ProfileAttribute profileAttribute(JsonAt at) {
        return lookup(at, "profile attribute", ProfileAttribute::byKey, ProfileAttribute.keys());
    }

    private static Op op(JsonAt at, ValueType type, String subject) {
        Op op = lookup(at, "operator", Op::byKey, Op.keys());
        if (!op.appliesTo(type)) {
            List<String> usable = Stream.of(Op.values()).filter(o -> o.appliesTo(type)).map(Op::key).toList();
            throw at.fail("operator '" + op.key() + "' does not apply to " + subject + " (" + type.describe() + "); use one of " + usable);
        }
        return op;
    }

    private static <T> T lookup(JsonAt at, String what, Function<String, Optional<T>> byKey, List<String> known) {
        String name = at.string();
        return byKey.apply(name).orElseThrow(() -> at.fail("unknown " + what + " '" + name + "'; expected one of " + known));
    }

    /** The one property of {@code names} that {@code at} has; tests, conditions and operands are told apart this way. */
    private static String exactlyOne(JsonAt at, String... names) {
        at.requireObject();
        List<String> present = Stream.of(names).filter(at::has).toList();
        if (present.size() != 1) {
            throw at.fail("expected exactly one of " + List.of(names) + (present.isEmpty() ? "" : ", found " + present));
        }
        return present.getFirst();
    }

    private static String optionalString(JsonAt at, String name) {
        JsonAt field = at.optionalField(name);
        return field == null ? null : Objects.requireNonNull(field.string());
    }
}
