package dev.benchboard.backup;

import static dev.benchboard.backup.BackupFormat.MAPPER;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.export.FileNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the backup archive of one evaluation (see {@link BackupFormat}) straight to a stream: one
 * upload at a time and one evidence row at a time, so a large evaluation is never held in memory.
 */
@Service
public class BackupService {

    private final BackupQueries queries;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    BackupService(BackupQueries queries, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // One state of the evaluation for the whole archive (a snapshot on PostgreSQL), not one per query.
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    /** {@code benchboard-<slug of the name>-<UTC date>.zip}; throws {@link NotFoundException} for an unknown id. */
    public String fileName(long evaluationId) {
        String name = jdbc.sql("select name from evaluation where id = ?").param(evaluationId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
        return "benchboard-" + FileNames.slug(name, "evaluation") + "-" + clock.instant().atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
    }

    /**
     * Writes the archive, all of it read in one read-only, repeatable-read transaction (one consistent
     * state of the evaluation). Does not close {@code out}. If writing fails half-way the stream holds an incomplete
     * zip, which a restore refuses.
     */
    public void write(long evaluationId, OutputStream out) throws IOException {
        try {
            readOnly.executeWithoutResult(status -> {
                try {
                    writeArchive(evaluationId, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeArchive(long evaluationId, OutputStream out) throws IOException {
        Instant now = clock.instant();
        ArchivedEvaluation evaluation = queries.evaluation(evaluationId);
        ZipOutputStream zip = new ZipOutputStream(out);
        Tally tally = new Tally();
        List<Manifest.Entry> entries = new ArrayList<>();
        entries.add(entry(zip, BackupFormat.EVALUATION, now,
                entry -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(entry, evaluation)));
        tally.evaluation(evaluation);
        for (long uploadId : queries.uploadIds(evaluationId)) {
            tally.uploads++;
            entries.add(entry(zip, BackupFormat.uploadEntry(tally.uploads), now, entry -> writeUpload(uploadId, entry, tally)));
        }
        Manifest manifest = new Manifest(BackupFormat.FORMAT, BackupFormat.VERSION, BackupFormat.appVersion(), now,
                new Manifest.Source(evaluationId, evaluation.name()), tally.counts(), BackupFormat.NOT_INCLUDED, entries);
        entry(zip, BackupFormat.MANIFEST, now, entry -> MAPPER.writerWithDefaultPrettyPrinter().writeValue(entry, manifest));
        zip.finish();
        zip.flush();
    }

    private void writeUpload(long uploadId, OutputStream entry, Tally tally) {
        try (JsonGenerator json = MAPPER.createGenerator(entry)) {
            json.writeStartObject();
            json.writeName("upload");
            MAPPER.writeValue(json, queries.upload(uploadId));
            tally.runs += array(json, "runs", each -> queries.runs(uploadId, each));
            tally.gcTraces += array(json, "gcTraces", each -> queries.gcTraces(uploadId, each));
            tally.chaosExperiments += array(json, "chaosExperiments", each -> queries.chaosExperiments(uploadId, each));
            json.writeEndObject();
        }
    }

    /** A JSON array of the rows a query hands over one at a time; returns how many. */
    private static int array(JsonGenerator json, String name, Consumer<Consumer<Object>> rows) {
        json.writeName(name);
        json.writeStartArray();
        int[] count = {0};
        rows.accept(row -> {
            MAPPER.writeValue(json, row);
            count[0]++;
        });
        json.writeEndArray();
        return count[0];
    }

    private interface EntryBody {
        void write(OutputStream entry) throws IOException;
    }

    private static Manifest.Entry entry(ZipOutputStream zip, String name, Instant time, EntryBody body) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        DigestingEntry digesting = new DigestingEntry(zip);
        body.write(digesting);
        digesting.flush();
        zip.closeEntry();
        return digesting.entry(name);
    }
}
