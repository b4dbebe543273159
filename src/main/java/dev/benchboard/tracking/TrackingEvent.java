package dev.benchboard.tracking;

import java.time.Instant;
import java.util.List;

/**
 * What a webhook is told (the JSON body as sent, format "json").
 *
 * @param event "regression" (an upload turned rows regressed), "change_point" (a new change point in a
 *              history), "gate_failed", or "test"
 * @param link  the view to open, relative to the server's address
 * @param items one per regressed row, change point or failing gate row
 */
public record TrackingEvent(String event, long evaluationId, String evaluation, String summary, String link,
                            List<Item> items, Instant sentAt) {

    /** Every event a webhook is told of (its log shows them in the reader's words). */
    public static final List<String> KINDS = List.of(TrackingNotifier.REGRESSION, TrackingNotifier.CHANGE_POINT,
            TrackingNotifier.GATE_FAILED, TrackingNotifier.TEST);

    /**
     * @param deltaPercent the row's Δ %, or the change point's shift
     * @param p            the Holm-adjusted p of a row, the permutation p of a change point
     */
    public record Item(String candidate, String baseline, String benchmark, String metric, double deltaPercent, Double p,
                       Long uploadId, String reason) {}
}
