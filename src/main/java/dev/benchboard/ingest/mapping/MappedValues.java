package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.source.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Converts the cells of a mapped file by the mapping's units and timestamp format; a bad cell is a
 * row problem naming the line, the column and what the mapping expects there.
 */
final class MappedValues {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,19}(\\.\\d{1,9})?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Instant LATEST = Instant.parse("2262-01-01T00:00:00Z");

    private final ColumnMapping mapping;
    private final DateTimeFormatter pattern;

    MappedValues(ColumnMapping mapping) {
        this.mapping = mapping;
        String f = mapping.timestampFormat();
        this.pattern = f.equals(ColumnMapping.AUTO) || f.equals(ColumnMapping.EPOCH) || f.equals(ColumnMapping.ISO)
                ? null : DateTimeFormatter.ofPattern(f, Locale.ROOT);
    }

    /** What a timestamp cell must look like under this mapping, for messages. */
    Sentence timestampExpected() {
        return switch (mapping.timestampFormat()) {
            case ColumnMapping.EPOCH -> Sentence.of("ingest.mapping.expected.epoch", mapping.timeUnit().key());
            case ColumnMapping.ISO -> Sentence.of("ingest.mapping.expected.iso");
            case ColumnMapping.AUTO -> Sentence.of("ingest.mapping.expected.auto", mapping.timeUnit().key());
            default -> Sentence.of("ingest.mapping.expected.pattern", mapping.timestampFormat());
        };
    }

    Instant timestamp(MappedTable.Row row, int column) throws RowProblem {
        String cell = required(row, column, timestampExpected());
        String format = mapping.timestampFormat();
        boolean number = NUMBER.matcher(cell).matches();
        Instant t;
        if (format.equals(ColumnMapping.EPOCH) || (format.equals(ColumnMapping.AUTO) && number)) {
            if (!number || cell.startsWith("-")) throw row.problem(column, timestampExpected(), Text.quote(cell));
            BigDecimal nanos = new BigDecimal(cell).multiply(BigDecimal.valueOf((long) mapping.timeUnit().nanos()))
                    .setScale(0, RoundingMode.HALF_EVEN);
            BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
            if (parts[0].compareTo(BigDecimal.valueOf(LATEST.getEpochSecond())) >= 0) {
                throw row.problem(column, Sentence.of("ingest.mapping.expected.before-2262", timestampExpected()), Text.quote(cell));
            }
            t = Instant.ofEpochSecond(parts[0].longValueExact(), parts[1].longValueExact());
        } else {
            t = parseText(row, column, cell);
        }
        if (t.isBefore(Instant.EPOCH) || !t.isBefore(LATEST)) {
            throw row.problem(column, Sentence.of("ingest.mapping.expected.timestamp-range"), Text.quote(cell));
        }
        return t;
    }

    private Instant parseText(MappedTable.Row row, int column, String cell) throws RowProblem {
        try {
            TemporalAccessor parsed;
            if (pattern != null) {
                parsed = pattern.parseBest(cell, OffsetDateTime::from, LocalDateTime::from);
            } else {
                String iso = cell.length() > 10 && cell.charAt(10) == ' ' ? cell.substring(0, 10) + 'T' + cell.substring(11) : cell;
                parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, OffsetDateTime::from, LocalDateTime::from);
            }
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw row.problem(column, timestampExpected(), Text.quote(cell));
        }
    }

    /** A duration cell (latency, pause) in milliseconds, within [0, maxMs]. */
    double durationMs(MappedTable.Row row, int column, double maxMs, Sentence what) throws RowProblem {
        String unit = mapping.durationUnit().key();
        Sentence expected = Sentence.of("ingest.mapping.expected.duration", what, unit, Text.clip(String.valueOf(maxMs / mapping.durationUnit().toMillis(1)), 20));
        String cell = required(row, column, expected);
        double value = number(row, column, cell, expected);
        double ms = mapping.durationUnit().toMillis(value);
        if (value < 0 || ms > maxMs) throw row.problem(column, expected, Text.quote(cell));
        return ms;
    }

    /** A non-negative number without unit (bytes, heap), or null when blank. */
    Double optionalAmount(MappedTable.Row row, int column, Sentence what) throws RowProblem {
        String cell = row.text(column);
        if (cell == null) return null;
        double value = number(row, column, cell, what);
        if (value < 0) throw row.problem(column, Sentence.of("ingest.mapping.expected.at-least-zero", what), Text.quote(cell));
        return value;
    }

    /** A plain decimal number (optionally with exponent); anything else is a row problem. */
    double number(MappedTable.Row row, int column, String cell, Sentence expected) throws RowProblem {
        if (DECIMAL.matcher(cell).matches()) {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) return v;
        }
        throw row.problem(column, expected, Text.quote(cell));
    }

    static String required(MappedTable.Row row, int column, Sentence expected) throws RowProblem {
        String cell = row.text(column);
        if (cell == null) throw row.problem(column, expected, Sentence.of("ingest.mapping.found.empty-cell"));
        return cell;
    }
}
