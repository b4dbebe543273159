package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.RunData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cores of the machine a load test ran on, as the user states it on the upload (hint {@value #HINT}):
 * load-test tools do not print it, and the capacity planner must say on which size the capacity was measured
 * (statistics.md, Capacity). Stored as the runs' {@code cores} setting with {@code cores_source} =
 * {@value #STATED}; a run whose file already says (GOMAXPROCS, cores) keeps the file's value.
 */
public final class StatedCores {

    public static final String HINT = "cores";
    public static final String SOURCE = "cores_source";
    public static final String STATED = "stated on upload";

    private StatedCores() {
    }

    /** The result with the stated cores in its runs; refused (400) when the value is not a whole number ≥ 1. */
    static ImportResult apply(ImportResult result, Map<String, String> hints) {
        Integer cores = read(hints);
        if (cores == null || result.runs().isEmpty()) return result;
        List<RunData> runs = new ArrayList<>();
        for (RunData run : result.runs()) runs.add(withCores(run, cores));
        return new ImportResult(runs, result.gcTraces(), result.chaos());
    }

    /** The stated cores, null when none is stated; refused (400) when not a whole number from 1 to 4096. */
    static Integer read(Map<String, String> hints) {
        String text = hints.get(HINT);
        if (text == null || text.isBlank()) return null;
        int cores;
        try {
            cores = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            cores = 0;
        }
        if (cores < 1 || cores > 4096) {
            throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.cores", text.strip()), null, null, null, HINT,
                    Sentence.of("ingest.upload.cores-expected"), Sentence.verbatim(text.strip()), null, null, null));
        }
        return cores;
    }

    private static RunData withCores(RunData r, int cores) {
        if (r.settings().containsKey("gomaxprocs") || r.settings().containsKey(HINT)) return r;
        Map<String, String> settings = new LinkedHashMap<>(r.settings());
        settings.put(HINT, Integer.toString(cores));
        settings.put(SOURCE, STATED);
        return new RunData(r.label(), settings, r.requests(), r.errors(), r.durationSeconds(), r.throughputRps(),
                r.concurrency(), r.meanMs(), r.minMs(), r.maxMs(), r.stdevMs(), r.histogram(), r.percentiles(),
                r.latencyOrigin(), r.coordinatedOmission(), r.statusCodes(), r.metrics(), r.perSecond());
    }
}
