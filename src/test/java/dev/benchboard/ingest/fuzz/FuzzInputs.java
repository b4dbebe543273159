package dev.benchboard.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators the fuzz properties share: hostile values and bytes, a "token soup" of format
 * keywords, fixture fragments and junk, mutations of fixtures and the envelopes they are uploaded in.
 */
final class FuzzInputs {

    /** Values a number field may hold in a broken or hostile file. */
    static final List<String> EXTREME_NUMBERS = List.of(
            "0", "-0", "-1", "1", "0.0", "-0.0001", "NaN", "nan", "Infinity", "-Infinity", "inf", "+Inf",
            "1e309", "-1e309", "1e-400", "4.9E-324", "1.7976931348623157E308", "1e19", "-1e19",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "18446744073709551616", "99999999999999999999999999999",
            "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "00000000000000000000000000001",
            "0x1F", "1_000", "1,000", "1e", "1e+", ".", "-", "+", "..1", "1..2", "", " ",
            "3600000001", "3.6e12", "253402300800", "253402300800000", "-62135596800",
            "=1+1", "=cmd|' /C calc'!A0", "@SUM(1)", "+1",
            "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0000-00-00T00:00:00Z", "2024-02-30T25:61:61Z",
            "+999999999-12-31T23:59:59.999999999Z", "-999999999-01-01T00:00:00Z");

    /** Separators, quotes, brackets, control characters and units the formats use. */
    static final List<String> STRUCTURE = List.of(
            "\n", "\n", "\n", "\r\n", "\r", " ", "  ", "\t", ",", ",", ";", ":", "\"", "'", "{", "}", "[", "]", "=", "%",
            "#", "#[", "@", "+", "-", ".", "/", "|", "->", "\u0000", "\u001b[31m", "\u001b[0m", "\u001b", "\uFEFF",
            "\u2028", "é", "\uD83D\uDE42", "\\", "\\u0000", "null", "true", "false", "ms", "us", "µs", "s", "m",
            "h", "k", "M", "MB", "KB", "GB", "B", "secs", "ns/op", " P", " MB goal", "%:", " ms clock");

    /** Byte sequences that are not UTF-8 text, or that TextSource treats specially. */
    static final List<byte[]> SPECIAL_BYTES = List.of(
            new byte[] {0}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0x80},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
            new byte[] {'\r'}, new byte[] {0x1b}, new byte[] {0x1f, (byte) 0x8b});

    private static final List<String> FIXTURE_LINES = fixtureLines();
    private static final List<String> FIXTURE_WORDS = fixtureWords();

    private FuzzInputs() {
    }

    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1);
    }

    static Arbitrary<byte[]> specialBytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(SPECIAL_BYTES)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)));
    }

    /** One piece of text: structure, an extreme number, a fixture word or line, or random characters. */
    static Arbitrary<String> token() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(STRUCTURE)),
                Tuple.of(3, Arbitraries.of(EXTREME_NUMBERS)),
                Tuple.of(4, Arbitraries.of(FIXTURE_WORDS)),
                Tuple.of(3, Arbitraries.of(FIXTURE_LINES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)));
    }

    /** Text made of tokens: close enough to the formats to get past their first checks. */
    static Arbitrary<String> soup() {
        return token().list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }

    /** A non-blank line of some fixture. */
    static Arbitrary<String> fixtureLine() {
        return Arbitraries.of(FIXTURE_LINES.stream().filter(l -> !l.isBlank()).toList());
    }

    /** A foreign line to insert into a fixture: soup, a fixture line of another format, or a long line. */
    static Arbitrary<String> junkLine() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, token().list().ofMaxSize(12).map(tokens -> String.join("", tokens).replace("\n", " "))),
                Tuple.of(3, Arbitraries.of(FIXTURE_LINES)),
                Tuple.of(1, longLine()));
    }

    /** A line around and beyond the line-length limit, or a number with thousands of digits. */
    static Arbitrary<String> longLine() {
        int limit = Fuzzing.LIMITS.maxLineLength();
        Arbitrary<Integer> length = Arbitraries.of(limit - 1, limit, limit + 1, 2 * limit, 70_000, 400, 5_000);
        Arbitrary<String> unit = Arbitraries.oneOf(Arbitraries.of("9", "0", "1,", "a", " ", "\"", "[", "{\"a\":"),
                Arbitraries.of(FIXTURE_LINES).map(l -> l.isEmpty() ? "x" : l));
        return Combinators.combine(unit, length).as((u, n) -> u.repeat(n / u.length() + 1).substring(0, n));
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<Double> at = fraction();
        return Arbitraries.frequencyOf(
                Tuple.of(2, at.map(f -> (Mutation) new Mutation.Truncate(f))),
                Tuple.of(2, Combinators.combine(at, Arbitraries.integers().between(1, 255)).as(
                        (f, x) -> (Mutation) new Mutation.FlipByte(f, x))),
                Tuple.of(1, Combinators.combine(at, specialBytes()).as((f, b) -> (Mutation) new Mutation.InsertBytes(f, b))),
                Tuple.of(2, at.map(f -> (Mutation) new Mutation.DeleteLine(f))),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(1, 3)).as(
                        (f, t) -> (Mutation) new Mutation.DuplicateLine(f, t))),
                Tuple.of(1, Combinators.combine(at, at).as((a, b) -> (Mutation) new Mutation.SwapLines(a, b))),
                Tuple.of(1, Arbitraries.longs().map(s -> (Mutation) new Mutation.ShuffleLines(s))),
                Tuple.of(2, Combinators.combine(at, junkLine()).as((f, l) -> (Mutation) new Mutation.InsertLine(f, l))),
                Tuple.of(5, Combinators.combine(at, Arbitraries.of(EXTREME_NUMBERS)).as(
                        (f, v) -> (Mutation) new Mutation.ReplaceNumber(f, v))));
    }

    static Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<Envelope> envelope() {
        Arbitrary<Double> at = fraction();
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just((Envelope) new Envelope.Plain())),
                Tuple.of(2, Arbitraries.just((Envelope) new Envelope.Gzip())),
                Tuple.of(1, Arbitraries.just((Envelope) new Envelope.GzipTwice())),
                Tuple.of(1, at.map(f -> (Envelope) new Envelope.GzipTruncated(f))),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(1, 255)).as(
                        (f, x) -> (Envelope) new Envelope.GzipFlipped(f, x))),
                Tuple.of(1, specialBytes().map(j -> (Envelope) new Envelope.GzipTrailingJunk(j))));
    }

    /** The hints the importers read from the upload form. */
    static final List<String> HINT_NAMES = List.of(
            "windowStart", "windowEnd", "unit", "rate", "gogc", "label", "experiment", "component");

    /** Hints with hostile or odd values: extreme numbers, units, times, junk. */
    static Arbitrary<Map<String, String>> hints() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(EXTREME_NUMBERS)),
                Tuple.of(2, Arbitraries.of("us", "µs", "ms", "s", "US", "h", "", " ", "off", "100", "2000", "50%",
                        "2026-11-21T23:11:30Z", "2026-11-21T23:11:30.000+01:00", "1795302690", "1795302690385")),
                Tuple.of(1, token()));
        return Arbitraries.maps(Arbitraries.of(HINT_NAMES), value).ofMaxSize(4);
    }

    /** The first and last lines of every fixture: headers, footers and typical rows of each format. */
    private static List<String> fixtureLines() {
        Set<String> lines = new LinkedHashSet<>();
        for (FuzzFixtures.Fixture f : FuzzFixtures.all()) {
            String[] all = new String(f.bytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                if (i < 40 || i >= all.length - 15) lines.add(all[i]);
            }
        }
        return new ArrayList<>(lines);
    }

    private static List<String> fixtureWords() {
        Set<String> words = new LinkedHashSet<>();
        for (String line : FIXTURE_LINES) {
            for (String w : line.split("[\\s,]+")) if (!w.isEmpty()) words.add(w);
        }
        return new ArrayList<>(words);
    }
}
