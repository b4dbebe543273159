package dev.benchboard.backup;

/**
 * A backup that cannot be restored, with what is wrong and where (the archive entry and the JSON path
 * in it). Nothing of it was stored. Carries the HTTP status: 413 over the size limit, 422 otherwise.
 */
public class BackupRefused extends RuntimeException {

    private final int status;
    private final String where;

    private BackupRefused(int status, String where, String problem) {
        super(where == null ? problem : where + ": " + problem);
        this.status = status;
        this.where = where;
    }

    static BackupRefused invalid(Object where, String problem) {
        return new BackupRefused(422, where == null ? null : where.toString(), problem);
    }

    static BackupRefused tooLarge(long size, long limit) {
        return new BackupRefused(413, null, "the backup has " + size + " bytes, more than the configured limit of "
                + limit + " bytes (benchboard.backup.max-bytes)");
    }

    public int status() {
        return status;
    }

    /** The entry and JSON path at fault, e.g. {@code uploads/00002.json, runs[3].histogram}; null for the whole file. */
    public String where() {
        return where;
    }
}
