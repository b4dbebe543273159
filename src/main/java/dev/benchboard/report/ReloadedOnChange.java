package dev.benchboard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.function.Function;

/**
 * What a file parses to, parsed once and again only when the file changes. Each {@link #get} compares the file's
 * last-modified time, size and file key (the inode: a file replaced by a rename is a new one) with those it was
 * parsed from — one stat call, microseconds — so an edit shows at the next use without a watcher thread.
 * A file that cannot be read or parsed throws on every use until it is fixed; nothing of it is kept.
 *
 * @param <T> the parsed form
 */
final class ReloadedOnChange<T> {

    private record Stamp(FileTime modified, long size, Object fileKey) {}

    private record Loaded<T>(Stamp stamp, T value) {}

    private final Path file;
    private final Function<String, T> parse;
    private volatile Loaded<T> loaded;

    /** @param parse from the file's text (UTF-8); throws with the problem on a bad file */
    ReloadedOnChange(Path file, Function<String, T> parse) {
        this.file = file;
        this.parse = parse;
    }

    T get() {
        Stamp now = stamp();
        Loaded<T> current = loaded;
        if (current != null && current.stamp().equals(now)) return current.value();
        return reload(now);
    }

    private synchronized T reload(Stamp now) {
        Loaded<T> current = loaded;
        if (current != null && current.stamp().equals(now)) return current.value();
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        T value = parse.apply(text);
        // Stamped with the attributes read before the text: a write in between leaves a newer stamp on disk,
        // so the next use parses again rather than keep a half-written file's successor unseen.
        loaded = new Loaded<>(now, value);
        return value;
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
