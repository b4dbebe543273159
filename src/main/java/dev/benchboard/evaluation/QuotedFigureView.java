package dev.benchboard.evaluation;

/** A quoted figure as shown: always with its source, never as a measurement. */
public record QuotedFigureView(String candidate, String metric, String scope, double value, String unit, String source) {
}
