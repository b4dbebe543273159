package dev.benchboard.ingest.format.structured;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reference is java.time; epoch numbers are checked by hand. */
class SampleTimestampsTest {

    private static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void readsRfc3339LikeJavaTime() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000_000));
            String offset = switch (i % 4) { case 0 -> "Z"; case 1 -> "+02:00"; case 2 -> "-05:30"; default -> "+14:00"; };
            String text = OffsetDateTime.ofInstant(instant, offset.equals("Z") ? java.time.ZoneOffset.UTC
                    : java.time.ZoneOffset.of(offset)).toString();
            assertThat(SampleTimestamps.parse(text)).as(text).isEqualTo(nanos(OffsetDateTime.parse(text).toInstant()));
        }
    }

    @Test
    void readsK6AndJMeterShapes() {
        assertThat(SampleTimestamps.parse("2026-07-13T17:32:38.605870576Z")).isEqualTo(nanos(Instant.parse("2026-07-13T17:32:38.605870576Z")));
        assertThat(SampleTimestamps.parse("2017-05-09T14:34:45.239531499+02:00")).isEqualTo(nanos(Instant.parse("2017-05-09T12:34:45.239531499Z")));
        assertThat(SampleTimestamps.parse("2026-03-02 10:00:00.5")).isEqualTo(nanos(Instant.parse("2026-03-02T10:00:00.500Z")));
        assertThat(SampleTimestamps.parse("2026-03-02T10:00:00+0100")).isEqualTo(nanos(Instant.parse("2026-03-02T09:00:00Z")));
        assertThat(SampleTimestamps.parse("2024-02-29T00:00:00Z")).isEqualTo(nanos(Instant.parse("2024-02-29T00:00:00Z")));
        assertThat(SampleTimestamps.parse("2026/03/02 10:00:00.125")).isEqualTo(nanos(Instant.parse("2026-03-02T10:00:00.125Z")));
        assertThat(SampleTimestamps.parse("2026/03-02 10:00:00")).isEqualTo(SampleTimestamps.INVALID);
        assertThat(SampleTimestamps.parse("2023-02-29T00:00:00Z")).isEqualTo(SampleTimestamps.INVALID);
        assertThat(SampleTimestamps.parse("2026-13-02T10:00:00Z")).isEqualTo(SampleTimestamps.INVALID);
    }

    @Test
    void readsEpochNumbersByTheirSizeExactly() {
        assertThat(SampleTimestamps.parse("1772445600")).isEqualTo(1_772_445_600_000_000_000L);            // s
        assertThat(SampleTimestamps.parse("1772445600.123456789")).isEqualTo(1_772_445_600_123_456_789L);  // s with ns
        assertThat(SampleTimestamps.parse("1772445600007")).isEqualTo(1_772_445_600_007_000_000L);         // ms
        assertThat(SampleTimestamps.parse("1772445600007.5")).isEqualTo(1_772_445_600_007_500_000L);
        assertThat(SampleTimestamps.parse("1772445600007123")).isEqualTo(1_772_445_600_007_123_000L);      // µs
        assertThat(SampleTimestamps.parse("1772445600007123456")).isEqualTo(1_772_445_600_007_123_456L);   // ns
        assertThat(SampleTimestamps.parse("1.7724456e9")).isEqualTo(1_772_445_600_000_000_000L);
        assertThat(SampleTimestamps.parse("0")).isEqualTo(SampleTimestamps.INVALID);
        assertThat(SampleTimestamps.parse("-5")).isEqualTo(SampleTimestamps.INVALID);
        assertThat(SampleTimestamps.parse("soon")).isEqualTo(SampleTimestamps.INVALID);
        assertThat(SampleTimestamps.parse("99999999999999999999")).isEqualTo(SampleTimestamps.INVALID);
    }

    @Test
    void knowsWhenAZoneIsMissing() {
        assertThat(SampleTimestamps.lacksZone("2026-03-02 10:00:00.5", 0, 21)).isTrue();
        assertThat(SampleTimestamps.lacksZone("2026-03-02T10:00:00Z", 0, 20)).isFalse();
        assertThat(SampleTimestamps.lacksZone("2026-03-02T10:00:00-05:00", 0, 25)).isFalse();
        assertThat(SampleTimestamps.lacksZone("1772445600007", 0, 13)).isFalse();
    }
}
