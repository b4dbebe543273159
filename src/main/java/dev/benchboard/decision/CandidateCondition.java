package dev.benchboard.decision;

import java.util.List;
import java.util.stream.Collectors;

/** A condition on one candidate, used to select candidates in actions and aggregates. */
public sealed interface CandidateCondition {

    String describe();

    static String describe(List<CandidateCondition> conditions) {
        return conditions.stream().map(CandidateCondition::describe).collect(Collectors.joining(" and "));
    }

    /** Tests the candidate's framework profile against a literal. */
    record OnProfile(ProfileAttribute attribute, Op op, Operand.Literal value) implements CandidateCondition {
        public String describe() {
            return attribute.key() + " " + op.symbol() + " " + value.describe();
        }
    }

    /** Tests the candidate's measured fact; a candidate without that fact has no evidence. */
    record OnFact(FactKey fact, Op op, Operand value) implements CandidateCondition {
        public String describe() {
            return fact.key() + " " + op.symbol() + " " + value.describe();
        }
    }
}
