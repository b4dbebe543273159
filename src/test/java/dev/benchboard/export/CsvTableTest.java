package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesRfc4180WithFormulaCellsMadeText() {
        CsvTable table = new CsvTable(List.of("name", "value"), List.of(
                List.of("a,b", "say \"hi\""),
                List.of("=1+1", "-2.5"),
                List.of("two\nlines", "")));
        // RFC 4180 by hand: CRLF records, fields with , " or a line break quoted, quotes doubled.
        assertThat(table.toCsv()).isEqualTo("name,value\r\n"
                + "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                + "'=1+1,-2.5\r\n"
                + "\"two\nlines\",\r\n");
    }

    @Test
    void everyRowHasTheHeadersWidth() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells, header has 2");
    }
}
