package dev.benchboard.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to a real fixture, the way real files go wrong: cut off, bit-flipped, lines lost,
 * repeated, reordered or interleaved with foreign text, numbers replaced by extreme values. Positions
 * are fractions 0..1 of the input (a line, a byte or a number), so a mutation applies to any input
 * and jqwik can shrink it towards the start.
 */
sealed interface Mutation {

    byte[] apply(byte[] in);

    static byte[] applyAll(byte[] in, List<Mutation> mutations) {
        byte[] out = in;
        for (Mutation m : mutations) out = m.apply(out);
        return out;
    }

    /** The file ends at this point (a capture killed mid-write). */
    record Truncate(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            return Arrays.copyOf(in, index(at, in.length + 1));
        }
    }

    /** One byte XOR-ed (a bit flip, or a byte becoming invalid UTF-8, NUL or a control char). */
    record FlipByte(double at, int xor) implements Mutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) return in;
            byte[] out = in.clone();
            int i = index(at, in.length);
            out[i] = (byte) (out[i] ^ xor);
            return out;
        }
    }

    /** Raw bytes inserted (invalid UTF-8 sequences, NUL, a BOM mid-file, CR without LF …). */
    record InsertBytes(double at, byte[] bytes) implements Mutation {
        public byte[] apply(byte[] in) {
            int i = index(at, in.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + bytes.length);
            out.write(in, 0, i);
            out.write(bytes, 0, bytes.length);
            out.write(in, i, in.length - i);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return "InsertBytes[at=" + at + ", bytes=" + Fuzzing.describe(bytes) + "]";
        }
    }

    record DeleteLine(double at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (lines.isEmpty()) return in;
            lines.remove(index(at, lines.size()));
            return join(lines);
        }
    }

    record DuplicateLine(double at, int times) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (lines.isEmpty()) return in;
            int i = index(at, lines.size());
            for (int t = 0; t < times; t++) lines.add(i, lines.get(i));
            return join(lines);
        }
    }

    /** Two lines swap places (out-of-order rows, a footer before its table). */
    record SwapLines(double first, double second) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            if (lines.size() < 2) return in;
            Collections.swap(lines, index(first, lines.size()), index(second, lines.size()));
            return join(lines);
        }
    }

    /** Every line in a random order. */
    record ShuffleLines(long seed) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            Collections.shuffle(lines, new Random(seed));
            return join(lines);
        }
    }

    /** A foreign line (log output, junk, half a record) inserted before a line. */
    record InsertLine(double at, String text) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            lines.add(index(at, lines.size() + 1), (text + "\n").getBytes(StandardCharsets.UTF_8));
            return join(lines);
        }
    }

    /** One number of the text replaced (NaN, Infinity, negative, beyond long, 400 digits, empty …). */
    record ReplaceNumber(double which, String replacement) implements Mutation {
        private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

        public byte[] apply(byte[] in) {
            // ISO-8859-1 maps bytes 1:1 to chars, so invalid UTF-8 elsewhere survives the round trip
            String text = new String(in, StandardCharsets.ISO_8859_1);
            Matcher m = NUMBER.matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (spans.isEmpty()) return in;
            int[] span = spans.get(index(which, spans.size()));
            byte[] value = replacement.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + value.length);
            out.write(in, 0, span[0]);
            out.write(value, 0, value.length);
            out.write(in, span[1], in.length - span[1]);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            String shown = replacement.length() > 40 ? replacement.substring(0, 40) + "…(" + replacement.length() + " chars)" : replacement;
            return "ReplaceNumber[which=" + which + ", replacement=" + shown + "]";
        }
    }

    /** A fraction 0..1 as an index below size (size > 0). */
    private static int index(double fraction, int size) {
        return Math.min(size - 1, (int) (fraction * size));
    }

    /** Lines with their terminators (the last one may lack it). */
    private static List<byte[]> lines(byte[] in) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) lines.add(Arrays.copyOfRange(in, start, in.length));
        return lines;
    }

    /** Joins lines; a line that lost its newline by moving away from the end gets one back. */
    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            out.write(line, 0, line.length);
            boolean terminated = line.length > 0 && line[line.length - 1] == '\n';
            if (!terminated && i < lines.size() - 1) out.write('\n');
        }
        return out.toByteArray();
    }
}
