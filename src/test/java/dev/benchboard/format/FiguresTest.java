package dev.benchboard.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs → outputs of the one formatter. The inputs are the figures issue 14 found on screen (the
 * demo's and a real evaluation's), the outputs worked out by hand from the rules in {@link Figures}.
 */
class FiguresTest {

    static Stream<Arguments> table() {
        return Stream.of(
                // value, unit → text
                row(63.144286, "%", "63.1 %"),
                row(88.749815, "%", "88.7 %"),
                row(5.123, "%", "5.12 %"),
                row(0.5123, "%", "0.51 %"),
                row(8.47e-20, "%", "< 0.01 %"),
                row(0.0, "%", "0 %"),
                row(73_711.0, "%", "73,711 %"),
                row(5288.0, "req/s", "5,288 req/s"),
                row(20_000.0, "req/s", "20,000 req/s"),
                row(5288.4, "rps", "5,288 req/s"),       // one word for the unit
                row(912.44, "req/s", "912 req/s"),
                row(12.51, "req/s", "12.5 req/s"),
                row(0.0823, "ms", "82.3 µs"),          // latency scaled to the value
                row(4.54, "ms", "4.54 ms"),
                row(30.24, "ms", "30.2 ms"),
                row(201.0, "ms", "201 ms"),
                row(1234.0, "ms", "1.23 s"),
                row(0.001754, "h", "6.3 s"),            // MTBF of a 70 s window
                row(70.0, "s", "70 s"),
                row(270.0, "s", "4.5 min"),
                row(7.5, "h", "7.5 h"),
                row(72.0, "h", "3 d"),
                row(0.25, "s", "250 ms"),
                row(127.2 * 1024 * 1024, "B", "127 MiB"),
                row(124_219.0, "KiB", "121 MiB"),      // the same file as KiB and MiB: one convention
                row(512.0, "B", "512 B"),
                row(0.34, "$", "$0.34"),
                row(1234.5, "$", "$1,235"),
                row(4.2, "nines", "4.2 nines"));
    }

    private static Arguments row(double value, String unit, String expected) {
        return Arguments.of(value, unit, expected);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("table")
    void writesEachFigureWithItsUnitScaled(double value, String unit, String expected) {
        assertThat(Figures.withUnit(value, unit)).isEqualTo(expected);
    }

    @Test
    void plainNumbersHaveThreeOrFourDigitsAndNeverENotation() {
        assertThat(Figures.number(3.14159)).isEqualTo("3.14");
        assertThat(Figures.precise(3.14159)).isEqualTo("3.142");
        assertThat(Figures.number(12_345.6)).isEqualTo("12,346");
        assertThat(Figures.number(999.96)).isEqualTo("1,000");
        assertThat(Figures.number(0.00123)).isEqualTo("0.0012");   // never more than four decimals
        assertThat(Figures.number(4.141e-23)).isEqualTo("4.14 × 10⁻²³");
        assertThat(Figures.number(-0.000052)).isEqualTo("-5.2 × 10⁻⁵");
        assertThat(Figures.number(Double.NaN)).isEqualTo("–");
        assertThat(Figures.count(1050)).isEqualTo("1,050");
        assertThat(Figures.count(1, "record")).isEqualTo("1 record");
        assertThat(Figures.count(3, "record")).isEqualTo("3 records");
    }

    @Test
    void availabilityKeepsItsNinesAndProbabilitiesNeverUnderflow() {
        assertThat(Figures.availability(0.9995)).isEqualTo("99.95 %");
        assertThat(Figures.availability(0.99995)).isEqualTo("99.995 %");
        assertThat(Figures.availability(0.63144286)).isEqualTo("63.1 %");
        assertThat(Figures.availability(0.999999999)).isEqualTo("> 99.9999 %");
        assertThat(Figures.availability(1.0)).isEqualTo("100 %");
        assertThat(Figures.probability(4.141e-23)).isEqualTo("< 0.01 %");
        assertThat(Figures.probability(0.5)).isEqualTo("50 %");
        assertThat(Figures.probability(0.999999)).isEqualTo("> 99.99 %");
        assertThat(Figures.pValue(0.03125)).isEqualTo("0.031");
        assertThat(Figures.pValue(1e-9)).isEqualTo("< 0.0001");
        assertThat(Figures.budgetSpent(737.11)).isEqualTo("> 1,000 %");
        assertThat(Figures.budgetSpent(0.73711)).isEqualTo("73.7 %");
        assertThat(Figures.change(29.406)).isEqualTo("+29.4 %");
        assertThat(Figures.change(-3.526)).isEqualTo("−3.53 %");
    }

    /** What the browser test forbids on screen, asked of every output of the table. */
    @Test
    void noOutputHasMoreThanFourDecimalsOrENotation() {
        Pattern tooPrecise = Pattern.compile("\\d\\.\\d{5,}|\\d[eE][-+]?\\d");
        Function<Double, Stream<String>> all = v -> Stream.of(Figures.number(v), Figures.precise(v), Figures.withUnit(v, "ms"),
                Figures.withUnit(v, "s"), Figures.withUnit(v, "h"), Figures.withUnit(v, "%"), Figures.availability(Math.min(1, Math.abs(v))),
                Figures.probability(Math.min(1, Math.abs(v))), Figures.bytes(v * 1e6));
        Stream.of(1e-30, 1.23456789e-7, 0.000999, 0.0123456, 0.123456789, 1.23456789, 123.456789, 98_765.4321, 1e12)
                .flatMap(all).forEach(text -> assertThat(tooPrecise.matcher(text).find()).as(text).isFalse());
    }

    @Test
    void aMomentIsPrintedToTheMinuteInUtcInEachLanguage() {
        java.time.Instant moment = java.time.Instant.parse("2026-12-07T21:49:59.999Z");
        // English: as the workspace has always printed it (the English browser tests read it).
        assertThat(Figures.instant(moment, java.util.Locale.ENGLISH)).isEqualTo("2026-12-07 21:49 UTC");
        // Chinese: the ISO-like form of Chinese dashboards and logs, the zone written (Beijing is UTC+8).
        assertThat(Figures.instant(moment, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-12-07 21:49 UTC");
        assertThat(Figures.instant(java.time.Instant.parse("2027-01-02T03:04:05Z"), java.util.Locale.CHINA))
                .isEqualTo("2027-01-02 03:04 UTC");
        // Not the machine's zone nor the locale's numbering: a German reader (not a language we write) reads English.
        assertThat(Figures.instant(moment, java.util.Locale.GERMANY)).isEqualTo("2026-12-07 21:49 UTC");
        assertThat(Figures.instant(null, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(Figures.NONE);
    }
}
