package dev.benchboard.ingest.format.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reference is the JDK: every plain decimal must parse to exactly Double.parseDouble's bits. */
class FastDecimalTest {

    @Test
    void agreesBitForBitWithTheJdkOnRandomDecimals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 5) {
                case 0 -> String.format(Locale.ROOT, "%.3f", random.nextDouble() * 1000);                    // latency_ms
                case 1 -> Long.toString(1_700_000_000_000L + random.nextLong(100_000_000_000L));              // epoch ms
                case 2 -> String.format(Locale.ROOT, "%." + random.nextInt(1, 18) + "f", random.nextDouble()); // long fractions
                case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)) + "";                    // exponents
                default -> (random.nextBoolean() ? "-" : "") + random.nextLong(1, Long.MAX_VALUE) + "." + random.nextInt(1000);
            };
            assertThat(FastDecimal.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void readsEdgeShapes() {
        assertThat(FastDecimal.parse("0")).isEqualTo(0.0);
        assertThat(FastDecimal.parse("-0")).isEqualTo(-0.0);
        assertThat(FastDecimal.parse(".5")).isEqualTo(0.5);
        assertThat(FastDecimal.parse("5.")).isEqualTo(5.0);
        assertThat(FastDecimal.parse("+7.25")).isEqualTo(7.25);
        assertThat(FastDecimal.parse("  12.5 ")).isEqualTo(12.5);
        assertThat(FastDecimal.parse("0.1")).isEqualTo(0.1);
        assertThat(FastDecimal.parse("9007199254740993")).isEqualTo(9007199254740992.0);   // 2^53 + 1 rounds to even
        assertThat(FastDecimal.parse("1e22")).isEqualTo(1e22);
        assertThat(FastDecimal.parse("1e23")).isEqualTo(1e23);
        assertThat(FastDecimal.parse("2.5E-3")).isEqualTo(0.0025);
        assertThat(FastDecimal.parse("00000000000000000000012.5")).isEqualTo(12.5);
        assertThat(FastDecimal.parse("x,12.5,y", 2, 6)).isEqualTo(12.5);
    }

    @Test
    void saysNaNForAnythingThatIsNotAPlainDecimal() {
        for (String text : new String[] {"", " ", "-", "+", ".", "e5", "1e", "1e+", "NaN", "Infinity", "-Infinity",
                "0x1p3", "1d", "1f", "1,5", "1.2.3", "=1+1", "@SUM(A1)", "12 ms", "--1"}) {
            assertThat(FastDecimal.parse(text)).as("'%s'", text).isNaN();
        }
        assertThat(FastDecimal.parse(null)).isNaN();
    }

    @Test
    void agreesBitForBitWithParseDoubleOnCommandLineToolDecimals() {
        // The claim in Counts's comment: a ≤18-digit mantissa divided once by an exact power of ten
        // rounds like Double.parseDouble. Checked on 200,000 random decimals with 0..8 fraction digits.
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            int fraction = random.nextInt(9);
            double value = random.nextDouble() * Math.pow(10, random.nextInt(7));
            String text = String.format(Locale.ROOT, "%." + fraction + "f", value);
            assertThat(FastDecimal.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void readsCommandLineFieldsInPlaceAndRefusesWhatIsNotANumber() {
        String row = "0.0017,-0.25, 12 ,1e3,NaN,Infinity,,1.2.3,0x10,5d";
        assertThat(FastDecimal.parse(row, 0, 6)).isEqualTo(0.0017);
        assertThat(FastDecimal.parse(row, 7, 12)).isEqualTo(-0.25);
        assertThat(FastDecimal.parse(row, 13, 17)).isEqualTo(12.0);
        assertThat(FastDecimal.parse(row, 18, 21)).isEqualTo(1000.0);
        assertThat(FastDecimal.parse(row, 22, 25)).isNaN();
        assertThat(FastDecimal.parse(row, 26, 34)).isNaN();
        assertThat(FastDecimal.parse(row, 35, 35)).isNaN();
        assertThat(FastDecimal.parse(row, 36, 41)).isNaN();
        assertThat(FastDecimal.parse(row, 42, 46)).isNaN();
        assertThat(FastDecimal.parse(row, 47, 49)).isNaN();
        assertThat(FastDecimal.parse("12345678901234567890.5")).isEqualTo(12345678901234567890.5);
    }
}
