package dev.benchboard.decision;

import java.util.List;
import java.util.Optional;

/** Comparison operators of tests and predicates. */
public enum Op implements Keyed {
    EQ("eq", "="), NE("ne", "≠"), LT("lt", "<"), LTE("lte", "≤"), GT("gt", ">"), GTE("gte", "≥"),
    IN("in", "in"), NOT_IN("notIn", "not in");

    private final String key;
    private final String symbol;

    Op(String key, String symbol) {
        this.key = key;
        this.symbol = symbol;
    }

    public String key() {
        return key;
    }

    String symbol() {
        return symbol;
    }

    static Optional<Op> byKey(String key) {
        return Keyed.byKey(values(), key);
    }

    static List<String> keys() {
        return Keyed.keys(values());
    }

    boolean appliesTo(ValueType type) {
        return switch (this) {
            case EQ, NE -> true;
            case LT, LTE, GT, GTE -> type == ValueType.NUMBER;
            case IN, NOT_IN -> type == ValueType.STRING;
        };
    }

    /** Compares values already checked to fit this operator (numbers as Double, IN lists as List). */
    boolean holds(Object left, Object right) {
        return switch (this) {
            case EQ -> equal(left, right);
            case NE -> !equal(left, right);
            case LT -> (Double) left < (Double) right;
            case LTE -> (Double) left <= (Double) right;
            case GT -> (Double) left > (Double) right;
            case GTE -> (Double) left >= (Double) right;
            case IN -> ((List<?>) right).contains(left);
            case NOT_IN -> !((List<?>) right).contains(left);
        };
    }

    private static boolean equal(Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) return Double.compare(a, b) == 0;
        return left.equals(right);
    }
}
