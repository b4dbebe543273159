package dev.benchboard.ingest.source;

import dev.benchboard.ingest.model.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * Reads lines (LF or CRLF) with 1-based line numbers, without ever holding more than the line-length
 * limit of one line: a huge single line fails with a clear message instead of exhausting memory.
 * Remembers whether the last line lacked its newline (a capture cut off mid-line).
 */
public final class LineReader {

    private final Reader reader;
    private final int maxLineLength;
    private final String format;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean lastLineUnterminated;
    private final StringBuilder line = new StringBuilder(256);
    private final BlankRun blankRun;

    LineReader(Reader reader, int maxLineLength, long maxBlankLines, String format) {
        this.reader = reader;
        this.maxLineLength = maxLineLength;
        this.format = format;
        this.blankRun = new BlankRun(maxBlankLines, format);
    }

    /** The next line without its terminator, or null at the end. */
    public String next() throws IOException, ImportException {
        line.setLength(0);
        boolean sawAny = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!sawAny) return null;
                lineNumber++;
                lastLineUnterminated = true;
                return counted(stripCr(line));
            }
            sawAny = true;
            int start = position;
            while (position < limit) {
                if (buffer[position] == '\n') {
                    append(start, position);
                    position++;
                    lineNumber++;
                    return counted(stripCr(line));
                }
                position++;
            }
            append(start, position);
        }
    }

    /** 1-based number of the line last returned. */
    public long lineNumber() {
        return lineNumber;
    }

    /** True when the file ended without a newline after its last line (possibly truncated). */
    public boolean lastLineUnterminated() {
        return lastLineUnterminated;
    }

    private void append(int from, int to) throws ImportException {
        if (line.length() + (to - from) > maxLineLength) {
            throw TextSource.lineTooLong(format, lineNumber + 1, maxLineLength);
        }
        line.append(buffer, from, to - from);
    }

    private boolean fill() throws IOException, ImportException {
        try {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) return false;
            position = 0;
            limit = n;
            return true;
        } catch (CharacterCodingException e) {
            throw TextSource.notText(format, lineNumber + 1);
        }
    }

    /** isBlank stops at the first character that is not white space: for most lines the first one. */
    private String counted(String line) throws ImportException {
        blankRun.line(line.isBlank(), lineNumber);
        return line;
    }

    private static String stripCr(StringBuilder s) {
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\r') end--;
        return s.substring(0, end);
    }
}
