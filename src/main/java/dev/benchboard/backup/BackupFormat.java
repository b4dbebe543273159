package dev.benchboard.backup;

import dev.benchboard.Application;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The layout of a backup archive (a zip) and the strict JSON mapper that writes and reads its entries:
 * <pre>
 *   evaluation.json        the evaluation: settings, requirements, weights, candidates, quoted figures,
 *                          decision settings, CI-gate metrics, acknowledgements, saved column mappings
 *   uploads/00001.json     one upload each, oldest first: {"upload": provenance, "runs": […],
 *   uploads/00002.json …     "gcTraces": […], "chaosExperiments": […]}
 *   manifest.json          format, version, app version, time, source, counts, and each entry's size and SHA-256
 * </pre>
 * Reading is strict (unknown or missing fields are refused): a field this version does not understand
 * would otherwise be dropped without a word, and a backup must never lose anything silently. The one
 * exception is {@link #withAbsentAsNull}: fields added after the first archives were made may be absent.
 */
final class BackupFormat {

    static final String FORMAT = "benchboard-evaluation-backup";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String EVALUATION = "evaluation.json";
    static final Pattern UPLOAD_ENTRY = Pattern.compile("uploads/\\d{5,9}\\.json");

    /** Said in every manifest (and the README), so nobody expects them in a backup. */
    static final List<String> NOT_INCLUDED = List.of(
            "users, passwords and API tokens (accounts belong to the installation, not to an evaluation)",
            "share links (their tokens are stored only as hashes; create new links after a restore)",
            "the original bytes of uploaded files (Benchboard never keeps them; each upload's file name, size, "
                    + "SHA-256 and everything parsed from it are included)",
            "webhooks and their delivery log (their signing secrets are encrypted with this installation's key, "
                    + "useless anywhere else; add the webhooks again after a restore)",
            "what the webhooks were already told (the tracking state); a restored evaluation has no webhooks, so a "
                    + "restore announces nothing, and a webhook added later first records the regressions and change "
                    + "points already there, so they are not announced as new");

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * For entries that are one JSON document: nothing may follow it. (Off on {@link #MAPPER}, Jackson 3's
     * default notwithstanding: upload entries are read element by element from one parser, where more
     * tokens always follow.)
     */
    static final ObjectReader DOCUMENT = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BackupFormat() {
    }

    /**
     * An entry's object with each of {@code optional}'s fields that is absent set to null: fields added
     * after archives of this format version were first made (an older archive lacks them, meaning
     * "none"). Every other field stays required, and unknown fields are still refused.
     */
    static JsonNode withAbsentAsNull(JsonNode node, List<String> optional) {
        if (node instanceof ObjectNode object) {
            for (String field : optional) {
                if (!object.has(field)) object.putNull(field);
            }
        }
        return node;
    }

    static String uploadEntry(int number) {
        return "uploads/%05d.json".formatted(number);
    }

    /** The version of the running application (from the jar's manifest), for the backup's manifest. */
    static String appVersion() {
        String version = Application.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
