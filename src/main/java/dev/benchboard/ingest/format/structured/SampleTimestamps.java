package dev.benchboard.ingest.format.structured;

import dev.benchboard.ingest.format.fields.FastDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * SampleTimestamps as load-test tools write them, turned into epoch nanoseconds:
 * <ul>
 *   <li>epoch numbers, whose unit is told by their size (a run in 1973…5138): seconds below 1e11,
 *       milliseconds below 1e14, microseconds below 1e17, nanoseconds above;</li>
 *   <li>ISO-8601 / RFC 3339 ({@code 2024-05-06T07:08:09.123456789Z}, {@code +02:00} offsets, a space
 *       instead of {@code T}, also {@code 2024/05/06 07:08:09.123} as JMeter's timestamp_format writes
 *       it); a time without a zone is read as UTC and reported by the caller.</li>
 * </ul>
 * The common RFC 3339 shape is parsed by hand (k6 writes one per sample; java.time would dominate
 * the import time); anything unusual goes through java.time.
 */
public final class SampleTimestamps {

    /** Returned when the text is not a timestamp. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);   // 2023-02-29 is an error, not 02-28

    private SampleTimestamps() {
    }

    /** True when the text carries no zone and was read as UTC. */
    public static boolean lacksZone(CharSequence s, int from, int to) {
        if (to - from < 11 || !isDateSeparator(s.charAt(from + 4))) return false;   // epoch numbers are zone-free by definition
        char last = s.charAt(to - 1);
        if (last == 'Z' || last == 'z') return false;
        // an offset looks like +hh:mm / -hh:mm / +hhmm after the time part
        for (int i = to - 1; i > from + 10; i--) {
            char c = s.charAt(i);
            if (c == '+' || c == '-') return false;
        }
        return true;
    }

    /** Epoch nanoseconds of the characters {@code [from, to)}, or {@link #INVALID}. */
    public static long parse(CharSequence s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') from++;
        while (to > from && s.charAt(to - 1) == ' ') to--;
        if (to - from >= 10 && isDateSeparator(s.charAt(from + 4))) return parseIso(s, from, to);
        long exact = parseEpoch(s, from, to);
        if (exact != INVALID) return exact;
        // exponent notation and the like: through a double (sub-microsecond precision may be lost)
        double epoch = FastDecimal.parse(s, from, to);
        if (Double.isNaN(epoch) || epoch <= 0 || Double.isInfinite(epoch)) return INVALID;
        if (epoch < 1e11) return Math.round(epoch * 1e9);
        if (epoch < 1e14) return Math.round(epoch * 1e6);
        if (epoch < 1e17) return Math.round(epoch * 1e3);
        return epoch < 9.2e18 ? Math.round(epoch) : INVALID;
    }

    /**
     * Plain {@code digits[.digits]} epoch numbers in exact integer arithmetic (a double cannot hold
     * 1.7e18 ns to the nanosecond); INVALID for anything else, including 0.
     */
    private static long parseEpoch(CharSequence s, int from, int to) {
        long whole = 0;
        int i = from;
        for (; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) break;
            if (i - from >= 18 && whole > (Long.MAX_VALUE - d) / 10) return INVALID;   // 19+ digits may overflow
            whole = whole * 10 + d;
        }
        if (i == from || whole == 0) return INVALID;
        int fractionStart = i < to && s.charAt(i) == '.' ? i + 1 : -1;
        if (fractionStart < 0 && i != to) return INVALID;
        int nanosPerUnitDigits = whole < 100_000_000_000L ? 9 : whole < 100_000_000_000_000L ? 6
                : whole < 100_000_000_000_000_000L ? 3 : 0;
        long scale = POW10[nanosPerUnitDigits];
        if (whole > Long.MAX_VALUE / scale) return INVALID;
        long nanos = whole * scale;
        if (fractionStart >= 0) {
            long fraction = 0;
            int digits = 0;
            for (i = fractionStart; i < to; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) return INVALID;
                if (digits < nanosPerUnitDigits) { fraction = fraction * 10 + d; digits++; }
            }
            nanos += fraction * POW10[nanosPerUnitDigits - digits];
        }
        return nanos;
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    public static long parse(CharSequence s) {
        return s == null ? INVALID : parse(s, 0, s.length());
    }

    private static long parseIso(CharSequence s, int from, int to) {
        long fast = fastIso(s, from, to);
        if (fast != INVALID) return fast;
        try {
            String text = s.subSequence(from, to).toString();
            var parsed = LENIENT.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            Instant instant = parsed instanceof OffsetDateTime odt ? odt.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        } catch (DateTimeParseException | ArithmeticException e) {
            return INVALID;
        }
    }

    /** yyyy-MM-dd[T ]HH:mm:ss[.f{1,9}][Z|±HH:MM|±HHMM] (also yyyy/MM/dd), or INVALID to let java.time decide. */
    private static long fastIso(CharSequence s, int from, int to) {
        if (to - from < 19) return INVALID;
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        char sep = s.charAt(from + 10);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59
                || (sep != 'T' && sep != ' ' && sep != 't')
                || s.charAt(from + 7) != s.charAt(from + 4) || s.charAt(from + 13) != ':' || s.charAt(from + 16) != ':') {
            return INVALID;
        }
        if (day > daysInMonth(year, month)) return INVALID;
        int i = from + 19;
        long nanos = 0;
        if (i < to && s.charAt(i) == '.') {
            int start = ++i;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start < 9) nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0) return INVALID;
            for (int k = count; k < 9; k++) nanos *= 10;
        }
        int offsetSeconds = 0;
        if (i < to) {
            char z = s.charAt(i);
            if ((z == 'Z' || z == 'z') && i + 1 == to) {
                offsetSeconds = 0;
            } else if (z == '+' || z == '-') {
                int oh = digits(s, i + 1, 2);
                int om;
                if (to - i == 6 && s.charAt(i + 3) == ':') om = digits(s, i + 4, 2);
                else if (to - i == 5) om = digits(s, i + 3, 2);
                else return INVALID;
                if (oh < 0 || om < 0 || oh > 18 || om > 59) return INVALID;
                offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
            } else {
                return INVALID;
            }
        }
        long epochDay = epochDay(year, month, day);
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epochSecond * 1_000_000_000L + nanos;
    }

    /** '-' (ISO) or '/' (JMeter's {@code yyyy/MM/dd HH:mm:ss.SSS} timestamp_format). */
    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/';
    }

    private static int digits(CharSequence s, int at, int count) {
        if (at + count > s.length()) return -1;
        int v = 0;
        for (int k = 0; k < count; k++) {
            char c = s.charAt(at + k);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** Epoch seconds field used for per-second buckets (floor, also for times before 1970). */
    static long second(long epochNanos) {
        return Math.floorDiv(epochNanos, 1_000_000_000L);
    }
}
