package dev.benchboard.ingest;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.Importer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** All importers by format id, and content-based detection over them. */
@Component
public class FormatRegistry {

    /** Below this confidence a guess is not trusted: the user must choose the format. */
    static final int MIN_CONFIDENCE = 30;

    private final Map<String, Importer> byFormat = new LinkedHashMap<>();

    @Autowired
    public FormatRegistry() {
        this(ImporterCatalog.all());
    }

    public FormatRegistry(List<Importer> importers) {
        importers.stream().sorted(Comparator.comparing(Importer::format)).forEach(i -> {
            if (byFormat.putIfAbsent(i.format(), i) != null) {
                throw new IllegalStateException("two importers claim format '" + i.format() + "'");
            }
        });
    }

    public List<Importer> all() {
        return List.copyOf(byFormat.values());
    }

    public Optional<Importer> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public List<Importer> ofKind(DataKind kind) {
        return byFormat.values().stream().filter(i -> i.kind() == kind).toList();
    }

    /** A format with its confidence for one file head. */
    public record Candidate(Importer importer, int confidence) {}

    /** Importers ranked by confidence for this head (only those above zero), best first. */
    public List<Candidate> rank(String head, DataKind kindOrNull) {
        return byFormat.values().stream()
                .filter(i -> kindOrNull == null || i.kind() == kindOrNull)
                .map(i -> new Candidate(i, safeDetect(i, head)))
                .filter(c -> c.confidence() > 0)
                .sorted(Comparator.comparingInt(Candidate::confidence).reversed()
                        .thenComparing(c -> c.importer().format()))
                .toList();
    }

    private static int safeDetect(Importer importer, String head) {
        try {
            return Math.max(0, Math.min(100, importer.detect(head)));
        } catch (RuntimeException e) {
            return 0;   // a detector must never break detection for the others
        }
    }
}
