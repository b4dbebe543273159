package dev.benchboard.ingest.source;

import dev.benchboard.ingest.model.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * Lines of a {@link TextSource#reader()} without a String per line, for importers whose files have
 * tens of millions of short lines: the current line is a window on the read buffer and is itself
 * the {@link CharSequence} the number parsers read. Same rules as the shared line reader — LF or
 * CRLF, 1-based line numbers, the line-length limit, a missing newline at the end remembered —
 * only cheaper. A window is valid until the next call to {@link #next()}.
 */
public final class CharLines implements CharSequence {

    private final Reader reader;
    private final int maxLineLength;
    private final String format;
    private char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private boolean lastLineUnterminated;
    private final BlankRun blankRun;

    public CharLines(TextSource source, int maxLineLength, String format) {
        this.reader = source.reader();
        this.maxLineLength = maxLineLength;
        this.format = format;
        this.blankRun = new BlankRun(source.maxBlankLines(), format);
    }

    /** Moves to the next line; false at the end of the text. */
    public boolean next() throws IOException, ImportException {
        int scanned = position;
        while (true) {
            int newline = indexOfNewline(buffer, scanned, limit);
            if (newline >= 0) return take(newline, newline + 1);
            scanned = limit;
            if (limit - position > maxLineLength + 1) throw tooLong();   // + 1: a CR may still come off
            if (endOfInput) {
                if (position == limit) return false;
                lastLineUnterminated = true;
                return take(limit, limit);
            }
            int kept = limit - position;
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, kept);
                position = 0;
                limit = kept;
                scanned = kept;
            }
            if (limit == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
            int n = read(buffer, limit, buffer.length - limit);
            if (n < 0) endOfInput = true;
            else limit += n;
        }
    }

    private static int indexOfNewline(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') return i;
        }
        return -1;
    }

    private boolean take(int end, int nextPosition) throws ImportException {
        lineStart = position;
        lineEnd = end > position && buffer[end - 1] == '\r' ? end - 1 : end;
        if (lineEnd - lineStart > maxLineLength) throw tooLong();
        position = nextPosition;
        lineNumber++;
        blankRun.line(isBlank(), lineNumber);
        return true;
    }

    private int read(char[] into, int offset, int length) throws IOException, ImportException {
        try {
            return reader.read(into, offset, length);
        } catch (CharacterCodingException e) {
            throw TextSource.notText(format, lineNumber + 1);
        }
    }

    private ImportException tooLong() {
        return TextSource.lineTooLong(format, lineNumber + 1, maxLineLength);
    }

    public long lineNumber() { return lineNumber; }

    public boolean lastLineUnterminated() { return lastLineUnterminated; }

    public boolean isBlank() {
        for (int i = lineStart; i < lineEnd; i++) {
            char c = buffer[i];
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /**
     * End of the unquoted CSV field starting at {@code from}: the position of the next comma, or the
     * line's length; -1 when a quote comes first (the caller then takes the RFC 4180 path). One scan
     * finds both, so plain lines are read once.
     */
    public int fieldEnd(int from) {
        char[] chars = buffer;
        int start = lineStart;
        for (int i = start + from, end = lineEnd; i < end; i++) {
            char c = chars[i];
            if (c <= ',') {                  // digits, '.' and letters are above: one compare for most chars
                if (c == ',') return i - start;
                if (c == '"') return -1;
            }
        }
        return lineEnd - start;
    }

    @Override public int length() { return lineEnd - lineStart; }
    @Override public char charAt(int index) { return buffer[lineStart + index]; }
    @Override public CharSequence subSequence(int start, int end) { return new String(buffer, lineStart + start, end - start); }
    @Override public String toString() { return new String(buffer, lineStart, lineEnd - lineStart); }
}
