package dev.benchboard.decision;

import java.util.List;
import java.util.stream.Collectors;

/** The test of a question node: yes, no, or unknown (a requirement not set, no evidence). */
public sealed interface NodeTest {

    String describe();

    /** Tests one requirement of the evaluation. */
    record OnRequirement(RequirementField field, Op op, Operand value) implements NodeTest {
        public String describe() {
            return field.key() + " " + op.symbol() + " " + value.describe();
        }
    }

    /** Aggregates one fact over the candidates still in the running that match {@code where}, then compares. */
    record OnFact(FactKey fact, Aggregate aggregate, List<CandidateCondition> where, Op op, Operand value)
            implements NodeTest {
        public OnFact {
            where = List.copyOf(where);
        }

        public String describe() {
            return Operand.AggregateValue.describe(aggregate, fact, where) + " " + op.symbol() + " " + value.describe();
        }
    }

    record AllOf(List<NodeTest> tests) implements NodeTest {
        public AllOf {
            tests = List.copyOf(tests);
        }

        public String describe() {
            return tests.stream().map(NodeTest::describe).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    record AnyOf(List<NodeTest> tests) implements NodeTest {
        public AnyOf {
            tests = List.copyOf(tests);
        }

        public String describe() {
            return tests.stream().map(NodeTest::describe).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    record Not(NodeTest test) implements NodeTest {
        public String describe() {
            return "not " + test.describe();
        }
    }
}
