package dev.benchboard.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The decision of an evaluation as JSON, frozen into share links next to the report. */
public interface DecisionSnapshot {

    /** The decision, decided once, as JSON in each of {@code languages} (its sentences written in that language). */
    Map<Locale, String> json(long evaluationId, List<Locale> languages);
}
