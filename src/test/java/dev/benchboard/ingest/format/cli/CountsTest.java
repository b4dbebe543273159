package dev.benchboard.ingest.format.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void countsAreWholeNonNegativeNumbers() {
        assertThat(Counts.parse("717208")).isEqualTo(717208);
        assertThat(Counts.parse("-1")).isEqualTo(-1);
        assertThat(Counts.parse("1.5")).isEqualTo(-1);
        assertThat(Counts.parse("")).isEqualTo(-1);
        assertThat(Counts.parse("9999999999999999999")).isEqualTo(-1);
    }
}
