package dev.benchboard.export;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.benchboard.format.Sentence;
import dev.benchboard.report.EvaluationReport;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report JSON read back into the report's own records, so that export reads typed components: a renamed component
 * is then a compile error in export, not a column that goes blank. Used for reports frozen in share links, which are
 * stored as JSON. Lenient where old snapshots differ from today's records: properties the records no longer have are
 * ignored, lists and maps they did not have yet read as empty, ids a reader's copy leaves out ({@link ReaderView})
 * read as 0.
 */
public final class ReportRecords {

    private static final ObjectReader READER = JsonMapper.builder()
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Set.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build().readerFor(EvaluationReport.class);

    private ReportRecords() {
    }

    /** The report of a JSON tree as the report API gives it; null for a missing node (a snapshot without report). */
    public static EvaluationReport read(JsonNode report) {
        if (JsonValues.absent(report)) return null;
        return READER.readValue(report);
    }

    /**
     * A domain sentence as export writes it: English, the API's language; null stays null. A report read back from a
     * share link's JSON holds its sentences as text, so this is then the text the snapshot was written in.
     */
    static String english(Sentence sentence) {
        return sentence == null ? null : sentence.english();
    }

    /** The sentences in order, as {@link #english(Sentence)} writes each. */
    static List<String> english(List<Sentence> sentences) {
        return sentences == null ? List.of() : sentences.stream().map(ReportRecords::english).toList();
    }

    /** A double as export writes it: null when absent or not finite (NaN and ±∞ mean "not defined"). */
    static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
