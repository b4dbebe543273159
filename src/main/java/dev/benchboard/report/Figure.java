package dev.benchboard.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.format.Sentence;

/**
 * One headline figure as the report API gives it: value with its interval (null ends when not
 * computable), unit, origin of the data and the method in words. ciLevel is the interval's real (or
 * guaranteed) coverage when it is not the nominal 95 % — e.g. 0.96875 for the median of 6 runs — and
 * null otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(Double value, Double ciLow, Double ciHigh, String unit, String origin, Integer n, Sentence method,
                     Double ciLevel) {

    public Figure(Double value, Double ciLow, Double ciHigh, String unit, String origin, Integer n, Sentence method) {
        this(value, ciLow, ciHigh, unit, origin, n, method, null);
    }
}
