package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.ColumnMappingStore;
import dev.benchboard.ingest.mapping.MappingProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.source.Text;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Column mappings as the upload uses them: a mapping given by name or inline JSON, or one saved for
 * the file's header. A mapping that cannot be used refuses the upload (400) saying which field is wrong.
 */
@Service
public class ColumnMappings {

    private final ColumnMappingStore store;

    ColumnMappings(ColumnMappingStore store) {
        this.store = store;
    }

    /** Inline JSON (starts with '{') or the name of a mapping saved in the evaluation. */
    public ColumnMapping resolve(long evaluationId, String nameOrJson) {
        String given = nameOrJson.strip();
        if (given.startsWith("{")) {
            try {
                return ColumnMapping.parse(given);
            } catch (MappingProblem p) {
                throw refused(p);
            }
        }
        List<String> saved = store.names(evaluationId);
        return store.byName(evaluationId, given).orElseThrow(() -> new UploadRefused(400, new UploadError(
                Sentence.of("ingest.upload.no-mapping", Text.quote(Text.clip(given, 100))), null, null, null,
                "mapping", (saved.isEmpty() ? Sentence.of("ingest.upload.mapping-expected-none-saved")
                        : Sentence.of("ingest.upload.mapping-expected", String.join(", ", saved))),
                Sentence.verbatim(Text.quote(Text.clip(given, 100))), null, null, null)));
    }

    /** The mapping saved for this header (of the kind asked for, if one is), or empty. */
    public Optional<ColumnMapping> forHeader(long evaluationId, String headerKey, DataKind kind) {
        if (headerKey.isEmpty()) return Optional.empty();
        return store.byHeader(evaluationId, headerKey).filter(m -> kind == null || m.kind() == kind);
    }

    /** The evaluation's saved mappings as JSON, by name. */
    public List<String> saved(long evaluationId) {
        return store.all(evaluationId);
    }

    public List<String> names(long evaluationId) {
        return store.names(evaluationId);
    }

    void save(long evaluationId, ColumnMapping mapping, String headerKey, java.time.Instant now) {
        store.save(evaluationId, mapping, headerKey, now);
    }

    static UploadRefused refused(MappingProblem p) {
        return new UploadRefused(400, new UploadError(p.sentence(), null, null, null, "mapping." + p.field(), p.expected(),
                p.found(), null, null, null));
    }
}
