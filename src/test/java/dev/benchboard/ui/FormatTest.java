package dev.benchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void numbersGoThroughTheOneFormatterWithTheirUnitScaled() {
        assertThat(Format.number(15.0, "ms")).isEqualTo("15 ms");
        assertThat(Format.number(0.34, "$")).isEqualTo("$0.34");
        assertThat(Format.number(12.3456, "ms")).isEqualTo("12.3 ms");
        assertThat(Format.number(42850.0, "req/s")).isEqualTo("42,850 req/s");
        assertThat(Format.number(0.000123456, "s")).isEqualTo("123 µs");
        assertThat(Format.number(null, "ms")).isEqualTo("not set");
    }

    @Test
    void wordsAreInTheReadersLanguageAndDatesTheSameInEvery() {
        assertThat(Format.number(null, "ms", Locale.SIMPLIFIED_CHINESE)).isEqualTo("未设置");
        assertThat(Format.integer(null, "cores", Locale.SIMPLIFIED_CHINESE)).isEqualTo("未设置");
        assertThat(Format.percentFraction(null, Locale.ENGLISH)).isEqualTo("not set");
        assertThat(Format.yesNo(true, Locale.SIMPLIFIED_CHINESE)).isEqualTo("是");
        assertThat(Format.yesNo(false)).isEqualTo("no");
        assertThat(Format.instant(Instant.parse("2026-12-07T18:30:59Z"))).isEqualTo("2026-12-07 18:30 UTC");
        assertThat(Format.instant(null)).isEqualTo("–");
    }

    @Test
    void availabilityFractionsShowAsPercentWithoutFloatingNoise() {
        assertThat(Format.percentFraction(0.9995)).isEqualTo("99.95 %");
        assertThat(Format.percentFraction(0.99)).isEqualTo("99 %");
    }
}
