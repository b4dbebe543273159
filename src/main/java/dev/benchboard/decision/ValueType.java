package dev.benchboard.decision;

/** The type of a requirement, a profile attribute or a tree parameter, used to check operators and values. */
enum ValueType {
    BOOLEAN, NUMBER, STRING;

    String describe() {
        return switch (this) {
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
        };
    }
}
