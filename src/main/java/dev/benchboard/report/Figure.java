package dev.benchboard.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One headline figure as the report API gives it: value with its 95 % interval (null ends when not
 * computable), unit, origin of the data and the method in words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(Double value, Double ciLow, Double ciHigh, String unit, String origin, Integer n, String method) {
}
