package dev.benchboard.ingest.format.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTest {

    @Test
    void agreesBitForBitWithParseDoubleOnToolStyleDecimals() {
        // The claim in Decimal's comment: a ≤18-digit mantissa divided once by an exact power of ten
        // rounds like Double.parseDouble. Checked on 200,000 random decimals with 0..8 fraction digits.
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            int fraction = random.nextInt(9);
            double value = random.nextDouble() * Math.pow(10, random.nextInt(7));
            String text = String.format(Locale.ROOT, "%." + fraction + "f", value);
            assertThat(Decimal.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void readsFieldsInPlaceAndRefusesWhatIsNotANumber() {
        String row = "0.0017,-0.25, 12 ,1e3,NaN,Infinity,,1.2.3,0x10,5d";
        assertThat(Decimal.parse(row, 0, 6)).isEqualTo(0.0017);
        assertThat(Decimal.parse(row, 7, 12)).isEqualTo(-0.25);
        assertThat(Decimal.parse(row, 13, 17)).isEqualTo(12.0);
        assertThat(Decimal.parse(row, 18, 21)).isEqualTo(1000.0);
        assertThat(Decimal.parse(row, 22, 25)).isNaN();
        assertThat(Decimal.parse(row, 26, 34)).isNaN();
        assertThat(Decimal.parse(row, 35, 35)).isNaN();
        assertThat(Decimal.parse(row, 36, 41)).isNaN();
        assertThat(Decimal.parse(row, 42, 46)).isNaN();
        assertThat(Decimal.parse(row, 47, 49)).isNaN();
        assertThat(Decimal.parse("12345678901234567890.5")).isEqualTo(12345678901234567890.5);
    }

    @Test
    void countsAreWholeNonNegativeNumbers() {
        assertThat(Decimal.parseCount("717208")).isEqualTo(717208);
        assertThat(Decimal.parseCount("-1")).isEqualTo(-1);
        assertThat(Decimal.parseCount("1.5")).isEqualTo(-1);
        assertThat(Decimal.parseCount("")).isEqualTo(-1);
        assertThat(Decimal.parseCount("9999999999999999999")).isEqualTo(-1);
    }
}
