package dev.benchboard.backup;

import dev.benchboard.Application;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout of a backup archive (a zip) and the strict JSON mapper that writes and reads its entries:
 * <pre>
 *   evaluation.json        the evaluation: settings, requirements, weights, candidates, quoted figures,
 *                          decision settings
 *   uploads/00001.json     one upload each, oldest first: {"upload": provenance, "runs": […],
 *   uploads/00002.json …     "gcTraces": […], "chaosExperiments": […]}
 *   manifest.json          format, version, app version, time, source, counts, and each entry's size and SHA-256
 * </pre>
 * Reading is strict (unknown or missing fields are refused): a field this version does not understand
 * would otherwise be dropped without a word, and a backup must never lose anything silently.
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
                    + "SHA-256 and everything parsed from it are included)");

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

    static String uploadEntry(int number) {
        return "uploads/%05d.json".formatted(number);
    }

    /** The version of the running application (from the jar's manifest), for the backup's manifest. */
    static String appVersion() {
        String version = Application.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
