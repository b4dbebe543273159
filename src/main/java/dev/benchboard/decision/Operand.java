package dev.benchboard.decision;

import java.util.List;

/** The right-hand side of a comparison. */
public sealed interface Operand {

    String describe();

    /** Boolean, Double, String, or a List of Strings (for in / notIn). */
    record Literal(Object value) implements Operand {
        public String describe() {
            return value instanceof Double d ? Numbers.format(d) : value.toString();
        }
    }

    record RequirementValue(RequirementField field) implements Operand {
        public String describe() {
            return "requirement " + field.key();
        }
    }

    record ParameterValue(String name) implements Operand {
        public String describe() {
            return "parameter " + name;
        }
    }

    record Derived(DerivedQuantity quantity) implements Operand {
        public String describe() {
            return quantity.key();
        }
    }

    /** The max/min of a fact over the candidates still in the running that match {@code where}. */
    record AggregateValue(Aggregate aggregate, FactKey fact, List<CandidateCondition> where) implements Operand {
        public AggregateValue {
            where = List.copyOf(where);
        }

        public String describe() {
            return describe(aggregate, fact, where);
        }

        static String describe(Aggregate aggregate, FactKey fact, List<CandidateCondition> where) {
            String over = where.isEmpty() ? "candidates" : "candidates where " + CandidateCondition.describe(where);
            return aggregate.key() + " " + fact.key() + " over " + over;
        }
    }
}
