package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The formula-injection rule (OWASP "CSV Injection"): cells starting with = + - @ tab or CR are
 * made text with a leading quote; plain negative numbers stay numbers.
 */
class SpreadsheetSafeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "~>", quoteCharacter = '`', textBlock = """
            =1+2                              ~> '=1+2
            =HYPERLINK("http://x.example")    ~> '=HYPERLINK("http://x.example")
            +41 21 555 01 01                  ~> '+41 21 555 01 01
            +5                                ~> '+5
            -2+3+cmd|' /C calc'!A0            ~> '-2+3+cmd|' /C calc'!A0
            @SUM(A1:A9)                       ~> '@SUM(A1:A9)
            -                                 ~> '-
            --1                               ~> '--1
            -3.5 %                            ~> '-3.5 %
            - 3                               ~> '- 3
            -Infinity                         ~> '-Infinity
            -1e                               ~> '-1e
            -3.5                              ~> -3.5
            -12                               ~> -12
            -0                                ~> -0
            -.5                               ~> -.5
            -7.                               ~> -7.
            -1.5E-7                           ~> -1.5E-7
            -2e+10                            ~> -2e+10
            Gin                               ~> Gin
            a=b                               ~> a=b
            3.5                               ~> 3.5
            'already quoted                   ~> 'already quoted
            """)
    void prefixesWhatASpreadsheetWouldEvaluate(String cell, String expected) {
        assertThat(SpreadsheetSafe.cell(cell)).isEqualTo(expected);
    }

    @Test
    void tabAndCarriageReturnAtTheStartArePrefixed() {
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
        // Only the first character counts: a line break inside a cell is CSV quoting's business.
        assertThat(SpreadsheetSafe.cell("ok\n=1")).isEqualTo("ok\n=1");
    }

    @Test
    void missingValuesBecomeEmptyCells() {
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}
