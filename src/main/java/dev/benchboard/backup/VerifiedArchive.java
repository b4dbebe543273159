package dev.benchboard.backup;

import static dev.benchboard.backup.BackupFormat.MAPPER;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A backup archive checked before anything of it is stored: a complete zip, a manifest of a known
 * format and version, exactly the entries the manifest lists, each with the size and SHA-256 it
 * lists. Entries are then read through a stream that stops at their listed size.
 */
final class VerifiedArchive implements AutoCloseable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final long MAX_MANIFEST_BYTES = 64L << 20;

    private final ZipFile zip;
    final Manifest manifest;
    private final Map<String, Manifest.Entry> listed = new LinkedHashMap<>();

    private VerifiedArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
        manifest.entries().forEach(e -> listed.put(e.name(), e));
    }

    static VerifiedArchive open(Path file, long maxExpandedBytes) throws IOException {
        checkZipMagic(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw BackupRefused.invalid(null, "the zip archive is incomplete or damaged (a truncated download?): "
                    + e.getMessage());
        }
        try {
            Manifest manifest = readManifest(zip);
            checkEntries(zip, manifest, maxExpandedBytes);
            VerifiedArchive archive = new VerifiedArchive(zip, manifest);
            for (Manifest.Entry entry : manifest.entries()) archive.checkDigest(entry);
            return archive;
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** An entry's bytes, at most as many as the manifest lists. */
    InputStream open(String name) throws IOException {
        Manifest.Entry entry = listed.get(name);
        return new ListedSize(zip.getInputStream(zip.getEntry(name)), entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void checkZipMagic(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 0) throw BackupRefused.invalid(null, "the file is empty; a Benchboard backup is a .zip file");
        if (n < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
            String hint = head[0] == '{' || head[0] == '[' ? " (it looks like JSON: the report download, not a backup?)" : "";
            throw BackupRefused.invalid(null, "not a zip archive" + hint
                    + "; a Benchboard backup is the .zip file that \"Download backup\" gives");
        }
    }

    private static Manifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
        if (entry == null) {
            throw BackupRefused.invalid(null, "no " + BackupFormat.MANIFEST + " in the zip: it is not a Benchboard backup");
        }
        Where where = Where.entry(BackupFormat.MANIFEST);
        JsonNode tree;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) throw BackupRefused.invalid(where, "larger than " + MAX_MANIFEST_BYTES + " bytes");
            tree = BackupFormat.DOCUMENT.readTree(bytes);
        } catch (ZipException e) {
            throw BackupRefused.invalid(where, "the compressed data is damaged: " + e.getMessage());
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
        // Format and version first: a newer version may have fields this one would call unknown.
        if (tree == null || !tree.isObject()) throw BackupRefused.invalid(where, "expected a JSON object");
        JsonNode format = tree.get("format");
        if (format == null || !format.isString() || !BackupFormat.FORMAT.equals(format.stringValue())) {
            throw BackupRefused.invalid(where.field("format"), "expected \"" + BackupFormat.FORMAT + "\", found "
                    + format + ": not a Benchboard evaluation backup");
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw BackupRefused.invalid(where.field("formatVersion"), "missing or not a whole number");
        }
        if (version.asLong() != BackupFormat.VERSION) {
            throw BackupRefused.invalid(where.field("formatVersion"), "unsupported backup format version "
                    + version.asLong() + "; this Benchboard (" + BackupFormat.appVersion() + ") reads version "
                    + BackupFormat.VERSION + (version.asLong() > BackupFormat.VERSION
                    ? " (the backup was made by a newer Benchboard)" : ""));
        }
        BackupFormat.withAbsentAsNull(tree.get("counts"), Manifest.Counts.ADDED_LATER);
        try {
            Manifest manifest = MAPPER.treeToValue(tree, Manifest.class);
            if (manifest.entries() == null || manifest.counts() == null || manifest.source() == null) {
                throw BackupRefused.invalid(where, "entries, counts and source are required");
            }
            return manifest;
        } catch (JacksonException e) {
            throw where.invalidJson(e);
        }
    }

    private static void checkEntries(ZipFile zip, Manifest manifest, long maxExpandedBytes) {
        Where where = Where.entry(BackupFormat.MANIFEST).field("entries");
        Set<String> names = new HashSet<>();
        long expanded = 0;
        int uploads = 0;
        for (int i = 0; i < manifest.entries().size(); i++) {
            Manifest.Entry entry = manifest.entries().get(i);
            Where at = where.index(i);
            if (entry == null || entry.name() == null) throw BackupRefused.invalid(at, "an entry without a name");
            if (!names.add(entry.name())) throw BackupRefused.invalid(at, "'" + entry.name() + "' is listed twice");
            boolean upload = BackupFormat.UPLOAD_ENTRY.matcher(entry.name()).matches();
            if (!upload && !entry.name().equals(BackupFormat.EVALUATION)) {
                throw BackupRefused.invalid(at, "'" + entry.name() + "' is not an entry of a backup (expected "
                        + BackupFormat.EVALUATION + " and uploads/NNNNN.json)");
            }
            if (upload) uploads++;
            ArchiveChecks.sha256(at.field("sha256"), entry.sha256());
            if (entry.bytes() < 0) throw BackupRefused.invalid(at.field("bytes"), "negative size " + entry.bytes());
            expanded += entry.bytes();
            if (zip.getEntry(entry.name()) == null) {
                throw BackupRefused.invalid(null, "the entry " + entry.name() + " listed in " + BackupFormat.MANIFEST
                        + " is missing from the zip");
            }
        }
        if (!names.contains(BackupFormat.EVALUATION)) {
            throw BackupRefused.invalid(where, BackupFormat.EVALUATION + " is not listed");
        }
        if (uploads != manifest.counts().uploads()) {
            throw BackupRefused.invalid(Where.entry(BackupFormat.MANIFEST).field("counts").field("uploads"),
                    manifest.counts().uploads() + " uploads, but " + uploads + " upload entries are listed");
        }
        if (expanded > maxExpandedBytes) {
            throw BackupRefused.invalid(where, "the entries add up to " + expanded + " bytes, more than the configured "
                    + "limit of " + maxExpandedBytes + " bytes (benchboard.backup.max-expanded-bytes)");
        }
        Set<String> inZip = new HashSet<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            String name = all.nextElement().getName();
            if (!inZip.add(name)) throw BackupRefused.invalid(null, "the zip holds two entries named " + name);
            if (!name.equals(BackupFormat.MANIFEST) && !names.contains(name)) {
                throw BackupRefused.invalid(null, "the zip holds an entry " + name + " that " + BackupFormat.MANIFEST
                        + " does not list");
            }
        }
    }

    private void checkDigest(Manifest.Entry entry) throws IOException {
        Where where = Where.entry(entry.name());
        MessageDigest sha256 = DigestingEntry.sha256();
        long size = 0;
        try (InputStream in = open(entry.name())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                size += n;
            }
        } catch (ZipException e) {
            throw BackupRefused.invalid(where, "the compressed data is damaged: " + e.getMessage());
        }
        if (size != entry.bytes()) {
            throw BackupRefused.invalid(where, size + " bytes, but " + BackupFormat.MANIFEST + " lists " + entry.bytes());
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (!actual.equals(entry.sha256())) {
            throw BackupRefused.invalid(where, "checksum mismatch: SHA-256 " + actual + ", but " + BackupFormat.MANIFEST
                    + " lists " + entry.sha256() + "; the archive was changed or damaged after the backup was made");
        }
    }

    /** Stops an entry that holds more than its listed size (a zip bomb, or an altered entry). */
    private static final class ListedSize extends FilterInputStream {

        private final Manifest.Entry entry;
        private long count;

        ListedSize(InputStream in, Manifest.Entry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > entry.bytes()) {
                throw BackupRefused.invalid(Where.entry(entry.name()), "more than the " + entry.bytes()
                        + " bytes " + BackupFormat.MANIFEST + " lists");
            }
        }
    }
}
