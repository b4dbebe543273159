package dev.benchboard.ui.report;

import dev.benchboard.format.Figures;
import dev.benchboard.stats.gc.SteadyWindow;
import dev.benchboard.ui.i18n.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a GC trace's steady window was found, in the reader's language with counts in the right number ("1 period",
 * "3 start-up cycles"), instead of the report's own sentence ("1 period(s) … 1 cycle(s) before"). The report keeps
 * that sentence as it is (it is what the API and a share link carry, and the demo report is fixed, see
 * DemoReportUnchangedTest); its parts are read here from the shapes {@link SteadyWindow} writes, which
 * {@code SteadyWindowWordsTest} checks against windows SteadyWindow itself detects. A sentence of another shape is
 * shown as it is.
 */
final class SteadyWindowWords {

    // One line per pattern: the report's sentence, not text of ours (UserVisibleTextTest skips Pattern.compile lines).
    private static final Pattern DETECTED = Pattern.compile("(\\d+) of (\\d+) cycles; (\\d+) period\\(s\\) apart by gaps > ([0-9.]+) s(?:; (\\d+) start-up cycle\\(s\\) with a low live heap left out)?(?:; outside: (\\d+) cycle\\(s\\) before, (\\d+) after)?");
    private static final Pattern OVERRIDDEN = Pattern.compile("set by the user: ([0-9.]+)–([0-9.]+) s; (\\d+) of (\\d+) cycles");
    private static final Pattern TOO_FEW = Pattern.compile("(the loaded period has )?fewer than (\\d+) cycles: the whole trace is used");

    private SteadyWindowWords() {
    }

    /** "detected", "set by you", "whole trace" in the reader's language. */
    static String how(SteadyWindow window, Locale locale) {
        return switch (window.how()) {
            case SteadyWindow.DETECTED -> Translations.get(locale, "gc.window.how.detected");
            case SteadyWindow.OVERRIDDEN -> Translations.get(locale, "gc.window.how.overridden");
            case SteadyWindow.WHOLE_TRACE -> Translations.get(locale, "gc.window.how.whole-trace");
            default -> window.how();
        };
    }

    /** The window's detail in words ("1 period apart by gaps > 1 s; 1 start-up cycle with a low live heap left out …"). */
    static String detail(SteadyWindow window, Locale locale) {
        String text = window.detail();
        if (text == null) return "";
        Matcher m = DETECTED.matcher(text);
        if (m.matches()) {
            List<String> parts = new ArrayList<>();
            parts.add(Translations.get(locale, "gc.window.periods", count(m.group(3), locale, "gc.period"), seconds(m.group(4))));
            if (m.group(5) != null) {
                parts.add(Translations.get(locale, "gc.window.start-up", count(m.group(5), locale, "gc.start-up-cycle")));
            }
            if (m.group(6) != null) {
                parts.add(Translations.get(locale, "gc.window.outside", count(m.group(6), locale, "gc.cycle"),
                        Figures.count(Long.parseLong(m.group(7)))));
            }
            return String.join("", parts);   // each later part starts with its separator ("; ", "；")
        }
        m = OVERRIDDEN.matcher(text);
        if (m.matches()) {
            return Translations.get(locale, "gc.window.set-by-user", seconds(m.group(1)), seconds(m.group(2)));
        }
        m = TOO_FEW.matcher(text);
        if (m.matches()) {
            return Translations.get(locale, m.group(1) == null ? "gc.window.too-few" : "gc.window.too-few-loaded",
                    count(m.group(2), locale, "gc.cycle"));
        }
        return text;
    }

    private static String count(String n, Locale locale, String noun) {
        return ReportPage.counted(Long.parseLong(n), locale, noun);
    }

    /** Seconds as the report wrote them ("1", "12.5"), grouped like every figure; the unit is in the text. */
    private static String seconds(String plain) {
        return Figures.number(Double.parseDouble(plain));
    }
}
