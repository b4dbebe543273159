package dev.benchboard.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Zip archives taken apart and put together again, to make damaged and altered backups for tests. */
final class Archives {

    private Archives() {
    }

    /** The entries in archive order, read with the JDK's zip reader (not the code under test). */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode json(byte[] bytes) {
        return (ObjectNode) JsonMapper.shared().readTree(bytes);
    }

    static byte[] bytes(ObjectNode json) {
        return JsonMapper.shared().writeValueAsBytes(json);
    }

    /** A copy with one entry replaced, the manifest left alone (so its checksum no longer matches). */
    static byte[] replace(byte[] zip, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.put(name, change.apply(entries.get(name)));
        return zip(entries);
    }

    /** {@link #replaceConsistently} for a JSON entry edited in place. */
    static byte[] editConsistently(byte[] zip, String name, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        return replaceConsistently(zip, name, bytes -> {
            ObjectNode json = json(bytes);
            edit.accept(json);
            return bytes(json);
        });
    }

    /**
     * A copy with one entry replaced and the manifest's size and SHA-256 for it updated: an archive
     * whose checksums all match but whose content is wrong (what a careful forger or a bug would make).
     */
    static byte[] replaceConsistently(byte[] zip, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        byte[] changed = change.apply(entries.get(name));
        entries.put(name, changed);
        ObjectNode manifest = json(entries.get(BackupFormat.MANIFEST));
        for (var entry : (ArrayNode) manifest.get("entries")) {
            if (entry.get("name").asString().equals(name)) {
                ((ObjectNode) entry).put("bytes", changed.length).put("sha256", sha256(changed));
            }
        }
        entries.put(BackupFormat.MANIFEST, bytes(manifest));
        return zip(entries);
    }
}
