package dev.benchboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.format.Sentence;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one mapper writes a value's domain sentences in the language asked for, and nothing else differently. */
class JsonTest {

    record Row(String benchmark, double deltaPercent, Sentence reason, List<Sentence> warnings) {}

    private static final Row ROW = new Row("GET /users", 12.5, Sentence.of("joined.semicolon", "p = 0.004", "it's slower"),
            List.of(Sentence.of("joined.semicolon", List.of("a", "b"), Sentence.verbatim("c.csv"))));

    @Test
    void writesSentencesInsideARecordInTheLanguageAskedFor() {
        assertThat(Json.write(ROW, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "{\"benchmark\":\"GET /users\",\"deltaPercent\":12.5,\"reason\":\"p = 0.004；it's slower\","
                        + "\"warnings\":[\"a 和 b；c.csv\"]}");
    }

    @Test
    void englishIsWhatThePlainWriterWrites() {
        assertThat(Json.write(ROW, Locale.ENGLISH)).isEqualTo(Json.write(ROW)).isEqualTo(
                "{\"benchmark\":\"GET /users\",\"deltaPercent\":12.5,\"reason\":\"p = 0.004; it's slower\","
                        + "\"warnings\":[\"a and b; c.csv\"]}");
        assertThat(Json.write(null, Locale.SIMPLIFIED_CHINESE)).isNull();
    }
}
