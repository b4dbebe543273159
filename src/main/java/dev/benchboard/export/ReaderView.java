package dev.benchboard.export;

import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What a share link's reader gets of a snapshot: the figures, the recommendation, the candidates'
 * names, and the files they came from (name, format, SHA-256, which lets anyone check a file against
 * the report), but none of the workspace's database ids: those name nothing a reader can open, and
 * would tell them how many evaluations and uploads the instance holds. Stored snapshots keep the ids
 * (the owner's side may need them); they are dropped whenever a snapshot is read for a reader, so
 * links made before this rule are covered too. See SECURITY.md, "Share links and what a reader sees".
 */
public final class ReaderView {

    /** Database ids in the report and decision JSON (evaluation, uploads, candidates, runs, GC traces). */
    static final Set<String> INTERNAL_IDS = Set.of("evaluationId", "uploadId", "uploadIds", "candidateId", "candidateIds",
            "runId", "runIds", "traceId");

    /**
     * An upload named in a sentence by its id and file, as the decision's reasons do ("from upload 15
     * (latency-ok.txt)"): the reader gets "(latency-ok.txt)". Only the id goes, the parentheses stay:
     * file names may hold parentheses themselves, so where the name ends cannot be told.
     */
    private static final Pattern UPLOAD_IN_TEXT = Pattern.compile("\\bupload \\d+ (?=\\()");

    private ReaderView() {
    }

    /** A copy without the {@link #INTERNAL_IDS} and upload ids in sentences ({@link #UPLOAD_IN_TEXT}), at any depth. */
    public static JsonNode of(JsonNode json) {
        if (json.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            json.properties().forEach(field -> {
                if (!INTERNAL_IDS.contains(field.getKey())) copy.set(field.getKey(), of(field.getValue()));
            });
            return copy;
        }
        if (json.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            json.forEach(element -> copy.add(of(element)));
            return copy;
        }
        if (json.isString()) {
            String text = json.asString();
            String named = UPLOAD_IN_TEXT.matcher(text).replaceAll("");
            return named.equals(text) ? json : StringNode.valueOf(named);
        }
        return json;
    }
}
