package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.source.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * ChaosLogTimestamps of chaos logs: ISO-8601 date-times or epoch numbers, one parser per file.
 * <ul>
 * <li>ISO-8601 with {@code T} or a space, optional fraction, offset {@code Z}, {@code +02:00} or
 * {@code +0200}. Without an offset the time is read as UTC, with a warning.</li>
 * <li>Epoch numbers: the unit follows from the size of the number, i.e. its digits before the point:
 * up to 11 digits seconds (until the year 5138), 12–14 milliseconds (13 digits now), 15–17
 * microseconds, more nanoseconds. The first epoch value fixes the file's unit; a later value of
 * another unit is a row problem (a mix of seconds and milliseconds is a broken log, not a choice).
 * Values below 10^9 s (before 2001-09-09) are accepted as seconds since some origin, with a warning
 * that dates are meaningless while durations are right.</li>
 * </ul>
 * Decimal epoch values are converted exactly (BigDecimal), so 1714557600.123 is .123 s, not .12299.
 */
final class ChaosLogTimestamps {

    enum EpochUnit {
        SECONDS(1), MILLISECONDS(1_000), MICROSECONDS(1_000_000), NANOSECONDS(1_000_000_000);

        final long perSecond;

        EpochUnit(long perSecond) {
            this.perSecond = perSecond;
        }

        static EpochUnit ofDigits(int integerDigits) {
            if (integerDigits <= 11) return SECONDS;
            if (integerDigits <= 14) return MILLISECONDS;
            if (integerDigits <= 17) return MICROSECONDS;
            return NANOSECONDS;
        }

        /** "epoch seconds", in the reader's language. */
        Sentence label() {
            return Sentence.of("ingest.chaos.unit." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final Pattern EPOCH = Pattern.compile("\\d{1,19}(\\.\\d{1,9})?");
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();
    private static final long RELATIVE_BELOW_SECONDS = 1_000_000_000L;
    private static final Instant LATEST = Instant.parse("2262-01-01T00:00:00Z");

    private final ImportContext context;
    private EpochUnit unit;
    private long unitLine;
    private boolean warnedRelative;
    private boolean warnedNoOffset;

    ChaosLogTimestamps(ImportContext context) {
        this.context = context;
    }

    /** The epoch unit the file uses, null when it has only ISO timestamps so far. */
    EpochUnit unit() {
        return unit;
    }

    Instant parse(String text, long line, Integer column, String field) throws RowProblem {
        if (text == null || text.isBlank()) {
            throw new RowProblem(line, column, field, Sentence.of("ingest.chaos.expected.timestamp"),
                    Sentence.of("ingest.chaos.found.empty-cell"));
        }
        String s = text.strip();
        return inRange(EPOCH.matcher(s).matches() ? epoch(s, line, column, field) : iso(s, line, column, field),
                s, line, column, field);
    }

    /** Dates before 1970 or after 2261 are damaged values (and would overflow epoch nanoseconds). */
    private static Instant inRange(Instant t, String text, long line, Integer column, String field) throws RowProblem {
        if (t.isBefore(Instant.EPOCH) || !t.isBefore(LATEST)) {
            throw new RowProblem(line, column, field, Sentence.of("ingest.chaos.expected.timestamp-range"), Text.quote(text));
        }
        return t;
    }

    /** A timestamp given as a JSON number (its literal text, so that no precision is lost). */
    Instant parseNumber(String literal, long line, String field) throws RowProblem {
        if (!EPOCH.matcher(literal).matches()) {
            throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.expected.epoch-number"), Text.quote(literal));
        }
        return inRange(epoch(literal, line, null, field), literal, line, null, field);
    }

    private Instant epoch(String s, long line, Integer column, String field) throws RowProblem {
        int dot = s.indexOf('.');
        int digits = (dot < 0 ? s.length() : dot) - leadingZeros(s);
        EpochUnit found = EpochUnit.ofDigits(Math.max(digits, 1));
        if (unit == null) {
            unit = found;
            unitLine = line;
        } else if (found != unit) {
            throw new RowProblem(line, column, field,
                    Sentence.of("ingest.chaos.expected.same-unit", unit.label(), String.valueOf(unitLine)),
                    Sentence.of("ingest.chaos.found.looks-like", Text.quote(s), found.label()));
        }
        BigDecimal nanos = new BigDecimal(s).multiply(BigDecimal.valueOf(1_000_000_000L / unit.perSecond))
                .setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        long seconds = secondsAndNanos[0].longValueExact();
        if (unit == EpochUnit.SECONDS && seconds < RELATIVE_BELOW_SECONDS && !warnedRelative) {
            warnedRelative = true;
            context.warn(Sentence.of("ingest.chaos.warning.relative", s, String.valueOf(line)));
        }
        return Instant.ofEpochSecond(seconds, secondsAndNanos[1].longValueExact());
    }

    private static int leadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0' && s.charAt(i + 1) != '.') i++;
        return i;
    }

    private Instant iso(String s, long line, Integer column, String field) throws RowProblem {
        String normalized = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            TemporalAccessor parsed = ISO.parseBest(normalized, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) return odt.toInstant();
            if (!warnedNoOffset) context.warn(Sentence.of("ingest.chaos.warning.no-offset", String.valueOf(line), s));
            warnedNoOffset = true;
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new RowProblem(line, column, field, Sentence.of("ingest.chaos.expected.timestamp-format"), Text.quote(s));
        }
    }
}
