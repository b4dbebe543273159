package dev.benchboard.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.QuotedFigureService;
import dev.benchboard.evaluation.QuotedFigureView;
import dev.benchboard.evaluation.Requirements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo evaluation from {@code data/demo/} once, on the first start of a database: the
 * evaluation and its quoted figures (labelled as quoted), then the measured files of
 * {@code data/demo/uploads/} through the ordinary upload path (see {@link DemoUploads}). A marker row
 * remembers it was done, so a user who deletes the demo does not get it back on restart.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final String MARKER = "demo-evaluation-v1";

    private final EvaluationService evaluations;
    private final QuotedFigureService quotedFigures;
    private final Markers markers;
    private final DemoUploads uploads;
    private final TransactionTemplate transaction;
    private final Path directory;
    private final boolean enabled;

    DemoLoader(EvaluationService evaluations, QuotedFigureService quotedFigures, Markers markers,
               DemoUploads uploads, TransactionTemplate transaction,
               @Value("${benchboard.demo.dir}") Path directory,
               @Value("${benchboard.demo.enabled}") boolean enabled) {
        this.evaluations = evaluations;
        this.quotedFigures = quotedFigures;
        this.markers = markers;
        this.uploads = uploads;
        this.transaction = transaction;
        this.directory = directory;
        this.enabled = enabled;
    }

    record DemoFile(String name, String description, Requirements requirements, List<CandidateDraft> candidates) {}

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!enabled || markers.isSet(MARKER)) return;
        Path evaluationFile = directory.resolve("evaluation.json");
        if (!Files.isRegularFile(evaluationFile)) {
            log.warn("Demo data not found at {}; start from the project directory to load it", directory.toAbsolutePath());
            return;
        }
        try {
            DemoFile demo = JsonMapper.shared().readValue(evaluationFile.toFile(), DemoFile.class);
            List<QuotedFigureView> quoted = readQuoted(directory.resolve("quoted-figures.csv"));
            EvaluationDetails created = transaction.execute(status -> {
                EvaluationDetails details = evaluations.createDemo(
                        new EvaluationDraft(demo.name(), demo.description(), demo.requirements(), null, null),
                        demo.candidates());
                quotedFigures.add(details.id(), quoted);
                markers.set(MARKER);
                return details;
            });
            log.info("Loaded demo evaluation '{}' (id {}) from {}", created.name(), created.id(), directory);
            // After the commit: each upload is its own all-or-nothing transaction, and one refused file
            // must not undo the evaluation or the other files.
            uploads.ingest(created.id(), directory.resolve("uploads"));
        } catch (IOException | RuntimeException e) {
            log.error("Could not load the demo evaluation from {}: {}", directory, e.getMessage());
        }
    }

    static List<QuotedFigureView> readQuoted(Path csv) throws IOException {
        List<QuotedFigureView> figures = new ArrayList<>();
        if (!Files.isRegularFile(csv)) return figures;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                figures.add(new QuotedFigureView(row.getField("candidate"), row.getField("metric"),
                        row.getField("scope"), Double.parseDouble(row.getField("value")),
                        row.getField("unit"), row.getField("source")));
            }
        }
        return figures;
    }
}
