package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
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
    /** As given (the catalogue's order: the usual tools first), for naming them to a user. */
    private final List<Importer> listed;

    @Autowired
    public FormatRegistry() {
        this(ImporterCatalog.all());
    }

    public FormatRegistry(List<Importer> importers) {
        this.listed = List.copyOf(importers);
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

    /**
     * The formats in words for a refusal, grouped by kind in the catalogue's order, e.g. "load tests: wrk text
     * (--latency), hey text summary, …; GC: …; chaos: …". Generated, so a new importer is named without editing
     * any message.
     */
    public Sentence describe() {
        Map<DataKind, List<String>> byKind = new java.util.EnumMap<>(DataKind.class);
        for (Importer i : listed) byKind.computeIfAbsent(i.kind(), k -> new java.util.ArrayList<>()).add(i.displayName());
        List<Sentence> groups = new java.util.ArrayList<>();
        byKind.forEach((kind, names) -> groups.add(Sentence.of("ingest.formats.group", switch (kind) {
            case BENCHMARK -> Sentence.of("ingest.formats.load-tests");
            case GC -> Sentence.of("ingest.formats.gc");
            case CHAOS -> Sentence.of("ingest.formats.chaos");
        }, String.join(", ", names))));
        // "a; b; c" in the reader's punctuation.
        return Sentence.joined("joined.semicolon", groups);
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
