package dev.benchboard.ui.share;

import dev.benchboard.common.Json;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads parts of a frozen snapshot's JSON into typed records with Jackson (not by JSON paths): a renamed
 * field fails by name instead of blanking a line. Snapshots are kept for as long as their links live,
 * so fields added since are missing from older ones (null, false or 0) and fields the page does not
 * show are ignored.
 */
final class SnapshotRecords {

    private static final JsonMapper READER = Json.mapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SnapshotRecords() {
    }

    /** The node as a {@code type}; null when the snapshot has no such node. */
    static <T> T read(JsonNode node, Class<T> type) {
        return node == null || node.isMissingNode() || node.isNull() ? null : READER.treeToValue(node, type);
    }
}
