package dev.benchboard.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores a backup archive as a NEW evaluation (never over an existing one), all or nothing: the
 * archive is verified first (complete zip, known format version, every entry's size and SHA-256), then
 * every row is checked and inserted in one transaction. Any refusal ({@link BackupRefused}) says what
 * and where, and leaves the database as it was.
 *
 * <p>The name is kept as it is: evaluation names need not be unique (the list tells them apart by
 * their update time, and the restored one is updated now).
 */
@Service
public class RestoreService {

    private final RestoreInserts inserts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final BackupProperties limits;

    RestoreService(RestoreInserts inserts, PlatformTransactionManager transactions, Clock clock, BackupProperties limits) {
        this.inserts = inserts;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.limits = limits;
    }

    /** The largest archive accepted, in bytes (benchboard.backup.max-bytes). */
    public long maxBytes() {
        return limits.maxBytesOrDefault();
    }

    /** Refuses (413) an archive over the limit before it is read. */
    public void checkSize(long bytes) {
        if (bytes > maxBytes()) throw BackupRefused.tooLarge(bytes, maxBytes());
    }

    public RestoreResult restore(Path archive) throws IOException {
        checkSize(Files.size(archive));
        try (VerifiedArchive verified = VerifiedArchive.open(archive, limits.maxExpandedBytesOrDefault())) {
            return transaction.execute(status -> {
                try {
                    return new RestoreRun(verified, inserts, clock.instant()).run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
