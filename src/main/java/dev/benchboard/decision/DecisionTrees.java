package dev.benchboard.decision;

import java.io.InputStream;
import java.nio.file.Path;

/** Loads decision trees: the shipped default from {@code data/decision-tree.json}, or a user's own. */
public final class DecisionTrees {

    public static final String DEFAULT_FILE_NAME = "decision-tree.json";

    private DecisionTrees() {
    }

    /** {@code data/decision-tree.json} under {@code dataDirectory}. */
    public static DecisionTree loadDefault(Path dataDirectory) {
        return load(dataDirectory.resolve(DEFAULT_FILE_NAME));
    }

    public static DecisionTree load(Path file) {
        return TreeParser.parse(file.toString(), DecisionJson.read(file));
    }

    /** @throws InvalidDecisionDataException with the JSONPath of every problem */
    public static DecisionTree parse(String json) {
        return TreeParser.parse("decision tree", DecisionJson.read("decision tree", json));
    }

    /** A tree read elsewhere from {@code document} (a file name), which problems are reported against. */
    public static DecisionTree parse(String document, String json) {
        return TreeParser.parse(document, DecisionJson.read(document, json));
    }

    public static DecisionTree parse(InputStream json) {
        return TreeParser.parse("decision tree", DecisionJson.read("decision tree", json));
    }
}
