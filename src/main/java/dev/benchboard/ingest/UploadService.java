package dev.benchboard.ingest;

import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationChanged;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.Frameworks;
import dev.benchboard.evaluation.TextLimits;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.common.Json;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.EvidenceRows;
import dev.benchboard.evidence.EvidenceRules;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.RunSummaries;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.evidence.StoredSentences;
import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.LimitExceededException;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests one file, all or nothing: the bytes are spooled and hashed, the format detected (or taken
 * from the user), the whole file parsed, and only then is everything stored in one transaction. A
 * refused or failed upload leaves no trace.
 */
@Service
public class UploadService {

    static final int HEAD_CHARS = 64 * 1024;
    static final int MAX_FILE_NAME = EvidenceRows.MAX_FILE_NAME;
    static final int MAX_LABEL = EvidenceRows.MAX_UPLOAD_LABEL;
    private static final Sentence TOOL_OUTPUT = Sentence.of("ingest.upload.tool-output-expected");
    /** "a benchmark file", "a gc file", "a chaos file": the kind of file a refusal says it is not. */
    private static final java.util.Map<DataKind, Sentence> KIND_FILE = java.util.Map.of(
            DataKind.BENCHMARK, Sentence.of("ingest.upload.kind-file.benchmark"),
            DataKind.GC, Sentence.of("ingest.upload.kind-file.gc"),
            DataKind.CHAOS, Sentence.of("ingest.upload.kind-file.chaos"));

    private final EvaluationService evaluations;
    private final Frameworks frameworks;
    private final FormatRegistry formats;
    private final ColumnMappings mappings;
    private final EvidenceStore store;
    private final ImportLimits limits;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UploadService(EvaluationService evaluations, Frameworks frameworks, FormatRegistry formats, ColumnMappings mappings, EvidenceStore store,
                  IngestProperties properties, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.formats = formats;
        this.mappings = mappings;
        this.store = store;
        this.limits = properties.limits();
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** What parsing found, for the preview (dry run) and the API's answer. */
    public record Outcome(UploadView stored, Preview preview) {}

    /** A parsed file before it is stored. */
    public record Preview(
            DataKind kind, String format, String formatName, boolean formatDetected, List<String> alternatives,
            long sizeBytes, String sha256, boolean gzip, long accepted, long rejected, long skippedLines,
            List<Sentence> errors, long problemCount, List<Sentence> warnings, java.util.Map<String, String> settings,
            List<RunSummary> runs, int gcTraces, int gcCycles, int chaosExperiments, int outages, Long duplicateOf) {}

    public Outcome upload(UploadRequest request, InputStream body, UploadProgress progress) {
        if (!evaluations.exists(request.evaluationId())) {
            throw new UploadRefused(404, UploadError.message(Sentence.of("ingest.upload.no-evaluation",
                    String.valueOf(request.evaluationId()))));
        }
        if (request.candidate() == null || request.candidate().isBlank()) {
            throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.candidate-required"), null, null, null,
                    "candidate", Sentence.of("ingest.upload.candidate-expected"), null, null, null, null));
        }
        checkFields(request);
        try (SpooledFile file = SpooledFile.spool(body, limits.maxBytes())) {
            progress.update("received", file.size, file.size);
            ParsedFile parsed = parse(request, file, progress);
            Preview preview = preview(parsed);
            if (request.dryRun()) return new Outcome(null, preview);
            if (parsed.duplicateOf() != null) throw duplicate(parsed.duplicateOf());
            if (parsed.context().rejected() > 0 && !request.keepValidRows()) {
                throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.rows-rejected",
                        String.valueOf(parsed.context().rejected()),
                        String.valueOf(parsed.context().rejected() + parsed.context().accepted())),
                        parsed.importer().format(), null, null, null, null, null,
                        UploadError.messages(parsed.context().problems()), parsed.context().problemCount(), null));
            }
            progress.update("storing", file.size, file.size);
            UploadView stored = store(request, parsed);
            progress.update("done", file.size, file.size);
            return new Outcome(stored, preview);
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool the upload", e);
        }
    }

    /**
     * The form's free-text fields fit their columns (candidate.name, upload.file_name, upload.label) and
     * the file name is a file name: checked before the file is read, so a refusal costs nothing.
     */
    private void checkFields(UploadRequest request) {
        tooLong("candidate", request.candidate().strip(), TextLimits.CANDIDATE_NAME);
        tooLong("fileName", request.fileName(), MAX_FILE_NAME);
        tooLong("label", request.label(), MAX_LABEL);
        StatedCores.read(request.hints());
        if (request.fileName().chars().anyMatch(Character::isISOControl)) {
            throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.file-name-control"),
                    null, null, null, "fileName", Sentence.of("ingest.upload.file-name-expected"), null, null, null, null));
        }
        if (request.framework() != null) {
            try {
                frameworks.resolve(request.candidate(), request.framework());
            } catch (IllegalArgumentException unknown) {
                throw new UploadRefused(400, new UploadError(Sentence.verbatim(unknown.getMessage()), null, null, null, "framework",
                        Sentence.of("ingest.upload.framework-expected"), null, null, null, null));
            }
        }
    }

    private static void tooLong(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.too-long", field, String.valueOf(max),
                    String.valueOf(value.length())), null, null, null, field,
                    Sentence.of("ingest.upload.too-long-expected", String.valueOf(max)), null, null, null, null));
        }
    }

    private ParsedFile parse(UploadRequest request, SpooledFile file, UploadProgress progress) throws IOException {
        Long duplicateOf = store.findBySha(request.evaluationId(), file.sha256).orElse(null);
        if (file.size == 0) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.empty"), null, null, null, null, TOOL_OUTPUT,
                    Sentence.of("ingest.upload.empty-found"), null, null, null));
        }
        String head = head(file);
        if (head.isEmpty()) refuseUnreadableGzip(file);
        if (onlyBlank(file)) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.blank"), null, null, null, null, TOOL_OUTPUT,
                    Sentence.of("ingest.upload.blank-found"), null, null, null));
        }
        Importer importer;
        boolean detected;
        List<String> alternatives;
        ColumnMapping mapping = null;
        String headerKey = MappedImporter.headerKey(head);
        if (request.mapping() != null) {
            mapping = mappings.resolve(request.evaluationId(), request.mapping());
            importer = MappedImporter.forHead(mapping, head);
            detected = false;
            alternatives = List.of();
        } else if (request.format() != null && !request.format().isBlank()) {
            importer = formats.find(request.format()).orElseThrow(() -> new UploadRefused(400, new UploadError(
                    Sentence.of("ingest.upload.unknown-format", request.format()), null, null, null, "format",
                    oneOfTheFormats(), Sentence.verbatim(request.format()), null, null, null)));
            detected = false;
            alternatives = List.of();
        } else {
            List<FormatRegistry.Candidate> ranked = formats.rank(head, null);
            if (request.kind() != null) {
                List<FormatRegistry.Candidate> ofKind = ranked.stream().filter(c -> c.importer().kind() == request.kind()).toList();
                boolean kindFits = !ofKind.isEmpty() && ofKind.getFirst().confidence() >= FormatRegistry.MIN_CONFIDENCE;
                if (!kindFits && !ranked.isEmpty() && ranked.getFirst().confidence() >= FormatRegistry.MIN_CONFIDENCE) {
                    Importer other = ranked.getFirst().importer();
                    throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.looks-like-other-kind",
                            other.displayName(), other.format(), kind(other.kind()), kind(request.kind())),
                            other.format(), null, null, "kind", kind(request.kind()), kind(other.kind()), null, null, null));
                }
                ranked = ofKind;
            }
            if (ranked.isEmpty() || ranked.getFirst().confidence() < FormatRegistry.MIN_CONFIDENCE) {
                // Not a catalogue format: a mapping saved in this evaluation for the same header reads it.
                mapping = mappings.forHeader(request.evaluationId(), headerKey, request.kind())
                        .orElseThrow(() -> unknownFormat(head, request.kind()));
                importer = MappedImporter.forHead(mapping, head);
                alternatives = List.of();
            } else {
                importer = ranked.getFirst().importer();
                alternatives = ranked.stream().skip(1).map(c -> c.importer().format()).toList();
            }
            detected = true;
        }
        if (request.kind() != null && importer.kind() != request.kind()) {
            throw new UploadRefused(400, new UploadError(Sentence.of("ingest.upload.format-of-other-kind", importer.format(),
                    kind(importer.kind()), kind(request.kind())), importer.format(), null, null, "kind", kind(importer.kind()),
                    kind(request.kind()), null, null, null));
        }
        ImportContext context = new ImportContext(limits, request.hints());
        if (mapping != null && request.mapping() == null) {
            context.warn(Sentence.of("ingest.upload.read-by-saved-mapping", mapping.name()));
        }
        ImportResult result;
        boolean gzip;
        try (TextSource source = TextSource.open(file.open(), limits, bytes -> progress.update("parsing", bytes, file.size))) {
            gzip = source.gzip();
            result = importer.parse(source, context);
        } catch (ImportException e) {
            throw new UploadRefused(422, new UploadError(e.sentence(), e.format(), e.line() > 0 ? e.line() : null,
                    e.column(), e.field(), e.expected(), e.found(), null, null, null));
        } catch (LimitExceededException e) {
            throw new UploadRefused(413, UploadError.message(e.sentence()));
        } catch (CharacterCodingException e) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.not-utf8", importer.format()),
                    importer.format(), null, null, null, Sentence.of("ingest.upload.utf8-expected"),
                    Sentence.of("ingest.upload.not-utf8-found"), null, null, null));
        } catch (java.util.zip.ZipException e) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.gzip-corrupt", String.valueOf(e.getMessage())),
                    importer.format(), null, null, null, Sentence.of("ingest.upload.gzip-expected"), null, null, null, null));
        } catch (java.io.EOFException e) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.ends-unexpectedly"),
                    importer.format(), null, null, null, Sentence.of("ingest.upload.complete-file-expected"),
                    Sentence.of("ingest.upload.end-of-file"), null, null, null));
        }
        result = StatedCores.apply(result, request.hints());
        List<EvidenceRules.Violation> broken = EvidenceRules.result(result.runs(), result.gcTraces(), result.chaos());
        if (!broken.isEmpty()) {
            // An importer that let an impossible value through: refused rather than stored, as a restore is.
            EvidenceRules.Violation first = broken.getFirst();
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.impossible-values"),
                    importer.format(), null, null, first.field(), Sentence.verbatim(first.expected()),
                    Sentence.verbatim(String.valueOf(first.found())),
                    broken.stream().limit(ImportContext.KEPT_PROBLEMS).map(v -> Sentence.verbatim(v.toString())).toList(),
                    (long) broken.size(), null));
        }
        if (result.isEmpty() && context.rejected() == 0) {
            throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.no-records", importer.displayName()),
                    importer.format(), null, null, null, Sentence.of("ingest.upload.no-records-expected"),
                    Sentence.of("ingest.upload.no-records-found"), null, null, null));
        }
        return new ParsedFile(request.fileName(), file.size, file.sha256, gzip, importer, detected, alternatives,
                result, context, duplicateOf, mapping, headerKey);
    }

    /**
     * A file no importer recognises: say so in words, with what we do read (from the catalogue) and how the file
     * starts, so the user sees at once whether they picked the wrong file or a tool we do not read.
     */
    private UploadRefused unknownFormat(String head, DataKind kind) {
        String firstLine = head.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (firstLine.length() > 80) firstLine = firstLine.substring(0, 80) + "…";
        Sentence found = Sentence.of("ingest.upload.file-starting-with", firstLine.replaceAll("\\p{Cntrl}", "?"));
        Sentence notOurs = kind == null ? Sentence.of("ingest.upload.unrecognised")
                : Sentence.of("ingest.upload.unrecognised-kind", KIND_FILE.get(kind));
        return new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.unrecognised-advice", notOurs,
                formats.describe()), null, 1L, null, "format", oneOfTheFormats(), found, null, null, null));
    }

    /** Only spaces, tabs and line breaks (checked on the bytes, so undecodable junk is not taken for blank). */
    private static boolean onlyBlank(SpooledFile file) throws IOException {
        if (file.size > HEAD_CHARS) return false;
        try (InputStream in = file.open()) {
            for (byte b : in.readAllBytes()) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        }
        return true;
    }

    private String head(SpooledFile file) throws IOException {
        return TextSource.head(file.open(), limits, HEAD_CHARS);
    }

    /** A gzip file of which no text could be read: say so, rather than that its format is unknown. */
    private void refuseUnreadableGzip(SpooledFile file) throws IOException {
        try (TextSource source = TextSource.open(file.open(), limits, null)) {
            if (!source.gzip()) return;
        }
        throw new UploadRefused(422, new UploadError(Sentence.of("ingest.upload.gzip-unreadable"),
                null, null, null, null, Sentence.of("ingest.upload.gzip-unreadable-expected"), null, null, null, null));
    }

    private EvidenceRows.Upload uploadRow(UploadRequest request, ParsedFile file) {
        ImportContext context = file.context();
        return new EvidenceRows.Upload(EvidenceRows.truncate(request.fileName(), MAX_FILE_NAME), file.sizeBytes(),
                file.sha256(), file.gzip(), file.kind(), file.importer().format(), file.formatDetected(),
                file.importer().version(), EvidenceRows.truncate(request.label(), MAX_LABEL), request.baseline(),
                clock.instant(), context.accepted(), context.rejected(), context.skippedLines(), context.problemCount(),
                Json.write(context.settings()), Json.write(StoredSentences.stored(context.warnings())),
                Json.write(StoredSentences.stored(UploadError.messages(context.problems()))),
                file.mapping() == null ? null : file.mapping().toJson());
    }

    private UploadView store(UploadRequest request, ParsedFile parsed) {
        try {
            CandidateView candidate = candidate(request);
            // The change event bumps the evaluation's data version: published inside the transaction, so the
            // new version commits with the data (see DataVersions).
            Long id = transaction.execute(status -> {
                ImportResult result = parsed.result();
                Long stored = store.insert(request.evaluationId(), candidate.id(), uploadRow(request, parsed),
                        result.runs(), result.gcTraces(), result.chaos());
                if (request.mapping() != null && parsed.mapping().name() != null && !parsed.headerKey().isEmpty()) {
                    mappings.save(request.evaluationId(), parsed.mapping(), parsed.headerKey(), clock.instant());
                }
                events.publishEvent(new EvaluationChanged(request.evaluationId()));
                return stored;
            });
            return store.get(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            // Two identical uploads at once: the unique index kept one.
            throw duplicate(store.findBySha(request.evaluationId(), parsed.sha256()).orElse(null));
        }
    }

    /**
     * The upload's candidate, created when new. Uploads creating candidates at the same moment race:
     * on the candidate's unique name (the index keeps one, the other reads it) and on the evaluation's
     * version (adding a candidate touches it). All are retried; the loser then finds what it needs.
     */
    private CandidateView candidate(UploadRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return evaluations.findOrCreateCandidate(request.evaluationId(), request.candidate(), request.framework());
            } catch (org.springframework.dao.DataIntegrityViolationException
                     | org.springframework.dao.OptimisticLockingFailureException
                     | IllegalArgumentException raced) {
                // IllegalArgumentException: "already exists" when the other upload committed between our
                // look-up and our insert. A name that is invalid in itself fails every attempt and is reported.
                if (attempt == 10) throw raced;
            }
        }
    }

    /** True for the refusal of a file no format recognises (the case a column mapping is for). */
    public static boolean unrecognised(UploadError refusal) {
        return refusal.error() != null && refusal.error().key().filter("ingest.upload.unrecognised-advice"::equals).isPresent();
    }

    /** "one of [wrk, hey, …]": the format ids, as the API has always listed them. */
    private Sentence oneOfTheFormats() {
        return Sentence.of("ingest.upload.one-of-formats", formats.all().stream().map(Importer::format).toList().toString());
    }

    /** A kind of data as the refusals name it (its code in English, "BENCHMARK"; words in Chinese). */
    static Sentence kind(DataKind kind) {
        return Sentence.of("ingest.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static UploadRefused duplicate(Long existing) {
        Sentence sameFile = existing == null ? Sentence.of("ingest.upload.duplicate")
                : Sentence.of("ingest.upload.duplicate-of", String.valueOf(existing));
        return new UploadRefused(409, new UploadError(sameFile, null, null, null, null, null, null, null, null, existing));
    }

    private static Preview preview(ParsedFile p) {
        ImportContext c = p.context();
        ImportResult r = p.result();
        List<RunSummary> runs = new java.util.ArrayList<>();
        int ordinal = 0;
        for (var run : r.runs()) runs.add(RunSummaries.of(null, ordinal++, run));
        int cycles = r.gcTraces().stream().mapToInt(t -> t.cycles().size()).sum();
        int outages = r.chaos().stream().mapToInt(x -> x.outages().size()).sum();
        return new Preview(p.kind(), p.importer().format(), p.importer().displayName(), p.formatDetected(),
                p.alternatives(), p.sizeBytes(), p.sha256(), p.gzip(), c.accepted(), c.rejected(), c.skippedLines(),
                UploadError.messages(c.problems()), c.problemCount(), c.warnings(), c.settings(), runs,
                r.gcTraces().size(), cycles, r.chaos().size(), outages, p.duplicateOf());
    }

    public List<UploadView> list(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return store.list(evaluationId);
    }

    public Optional<UploadView> get(long uploadId) {
        return store.get(uploadId);
    }

    public void delete(long uploadId) {
        long evaluationId = store.evaluationOf(uploadId).orElseThrow(() -> new NotFoundException("upload", uploadId));
        transaction.executeWithoutResult(status -> {
            store.delete(uploadId);
            events.publishEvent(new EvaluationChanged(evaluationId));
        });
    }
}
