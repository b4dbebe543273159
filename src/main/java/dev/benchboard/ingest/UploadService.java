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
    /** The start of the refusal of a file no importer recognises (the upload page offers a column mapping then). */
    public static final String UNRECOGNISED = "its first lines match none of the formats we read";
    static final int MAX_FILE_NAME = EvidenceRows.MAX_FILE_NAME;
    static final int MAX_LABEL = EvidenceRows.MAX_UPLOAD_LABEL;

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
            throw new UploadRefused(404, UploadError.message("evaluation " + request.evaluationId() + " does not exist"));
        }
        if (request.candidate() == null || request.candidate().isBlank()) {
            throw new UploadRefused(400, new UploadError("a candidate name is required", null, null, null,
                    "candidate", "the name of the framework under test, e.g. Gin", null, null, null, null));
        }
        checkFields(request);
        try (SpooledFile file = SpooledFile.spool(body, limits.maxBytes())) {
            progress.update("received", file.size, file.size);
            ParsedFile parsed = parse(request, file, progress);
            Preview preview = preview(parsed);
            if (request.dryRun()) return new Outcome(null, preview);
            if (parsed.duplicateOf() != null) throw duplicate(parsed.duplicateOf());
            if (parsed.context().rejected() > 0 && !request.keepValidRows()) {
                throw new UploadRefused(422, new UploadError(Sentence.verbatim(parsed.context().rejected() + " of "
                        + (parsed.context().rejected() + parsed.context().accepted()) + " records were rejected; nothing was stored."
                        + " Fix the file, or upload again keeping only the valid rows (keepValidRows=true)."),
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
            throw new UploadRefused(400, new UploadError("the file name contains control characters (such as NUL)",
                    null, null, null, "fileName", "a file name without control characters", null, null, null, null));
        }
        if (request.framework() != null) {
            try {
                frameworks.resolve(request.candidate(), request.framework());
            } catch (IllegalArgumentException unknown) {
                throw new UploadRefused(400, new UploadError(unknown.getMessage(), null, null, null, "framework",
                        "a profile key or none", null, null, null, null));
            }
        }
    }

    private static void tooLong(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UploadRefused(400, new UploadError(field + ": at most " + max + " characters (got "
                    + value.length() + ")", null, null, null, field, "at most " + max + " characters", null, null, null, null));
        }
    }

    private ParsedFile parse(UploadRequest request, SpooledFile file, UploadProgress progress) throws IOException {
        Long duplicateOf = store.findBySha(request.evaluationId(), file.sha256).orElse(null);
        if (file.size == 0) {
            throw new UploadRefused(422, new UploadError("This file is empty (0 bytes): there is nothing to read."
                    + " Check that the tool's output was captured (e.g. wrk … > result.txt) before uploading it.",
                    null, null, null, null, "the output of a load-test, GC or chaos tool", "an empty file", null, null, null));
        }
        String head = head(file);
        if (head.isEmpty()) refuseUnreadableGzip(file);
        if (onlyBlank(file)) {
            throw new UploadRefused(422, new UploadError("This file holds only blank lines: there is nothing to read.",
                    null, null, null, null, "the output of a load-test, GC or chaos tool", "blank lines only", null, null, null));
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
                    "unknown format '" + request.format() + "'", null, null, null, "format",
                    "one of " + formats.all().stream().map(Importer::format).toList(), request.format(), null, null, null)));
            detected = false;
            alternatives = List.of();
        } else {
            List<FormatRegistry.Candidate> ranked = formats.rank(head, null);
            if (request.kind() != null) {
                List<FormatRegistry.Candidate> ofKind = ranked.stream().filter(c -> c.importer().kind() == request.kind()).toList();
                boolean kindFits = !ofKind.isEmpty() && ofKind.getFirst().confidence() >= FormatRegistry.MIN_CONFIDENCE;
                if (!kindFits && !ranked.isEmpty() && ranked.getFirst().confidence() >= FormatRegistry.MIN_CONFIDENCE) {
                    Importer other = ranked.getFirst().importer();
                    throw new UploadRefused(400, new UploadError("the file looks like " + other.displayName() + " ("
                            + other.format() + "), which holds " + other.kind() + " data, not " + request.kind(),
                            other.format(), null, null, "kind", request.kind().name(), other.kind().name(), null, null, null));
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
            throw new UploadRefused(400, new UploadError("format '" + importer.format() + "' holds " + importer.kind()
                    + " data, not " + request.kind(), importer.format(), null, null, "kind", importer.kind().name(),
                    request.kind().name(), null, null, null));
        }
        ImportContext context = new ImportContext(limits, request.hints());
        if (mapping != null && request.mapping() == null) {
            context.warn("read by the column mapping '" + mapping.name() + "' saved for files with this header");
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
            throw new UploadRefused(413, UploadError.message(e.getMessage()));
        } catch (CharacterCodingException e) {
            throw new UploadRefused(422, new UploadError("the file is not UTF-8 text (" + importer.format() + ")",
                    importer.format(), null, null, null, "UTF-8 text", "bytes that are not valid UTF-8", null, null, null));
        } catch (java.util.zip.ZipException e) {
            throw new UploadRefused(422, new UploadError("the gzip data is corrupt or truncated: " + e.getMessage(),
                    importer.format(), null, null, null, "a complete gzip stream", null, null, null, null));
        } catch (java.io.EOFException e) {
            throw new UploadRefused(422, new UploadError("the file ends unexpectedly (truncated gzip?)",
                    importer.format(), null, null, null, "a complete file", "end of file", null, null, null));
        }
        result = StatedCores.apply(result, request.hints());
        List<EvidenceRules.Violation> broken = EvidenceRules.result(result.runs(), result.gcTraces(), result.chaos());
        if (!broken.isEmpty()) {
            // An importer that let an impossible value through: refused rather than stored, as a restore is.
            EvidenceRules.Violation first = broken.getFirst();
            throw new UploadRefused(422, new UploadError("the file gives values no result can have; nothing was stored",
                    importer.format(), null, null, first.field(), first.expected(), String.valueOf(first.found()),
                    broken.stream().limit(ImportContext.KEPT_PROBLEMS).map(EvidenceRules.Violation::toString).toList(),
                    (long) broken.size(), null));
        }
        if (result.isEmpty() && context.rejected() == 0) {
            throw new UploadRefused(422, new UploadError("no " + importer.displayName() + " records found; nothing was stored",
                    importer.format(), null, null, null, "at least one record", "none", null, null, null));
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
        String found = "a file starting with “" + firstLine.replaceAll("\\p{Cntrl}", "?") + "”";
        return new UploadRefused(422, new UploadError("Not a " + (kind == null ? "result file" : kind.name().toLowerCase(
                java.util.Locale.ROOT) + " file") + " we know: " + UNRECOGNISED + ". We read "
                + formats.describe() + ". If the file is one of these, pick it under “Read as”; a CSV or JSON-lines file"
                + " of your own is read once you map its columns (“Map columns…”, or mapping=<name> or inline JSON in"
                + " the API); otherwise check that this is the tool's output you meant to upload.", null, 1L, null, "format",
                "one of " + formats.all().stream().map(Importer::format).toList(), found, null, null, null));
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
        throw new UploadRefused(422, new UploadError(
                "the file is gzip-compressed, but no text could be read from it (corrupt, cut off or empty)",
                null, null, null, null, "a complete gzip stream of a result file", null, null, null, null));
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

    private static UploadRefused duplicate(Long existing) {
        return new UploadRefused(409, new UploadError("the same file (same SHA-256) was already uploaded to this evaluation"
                + (existing == null ? "" : " as upload " + existing) + "; nothing was stored",
                null, null, null, null, null, null, null, null, existing));
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
