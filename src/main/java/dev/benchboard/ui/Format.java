package dev.benchboard.ui;

import com.vaadin.flow.component.UI;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.Translations;
import java.time.Instant;
import java.util.Locale;

/**
 * Display formatting shared by the views: every number with its unit. The numbers themselves are
 * written by {@link Figures}, the one formatter of the app; this class keeps the views' vocabulary
 * ("not set" for a requirement nobody gave, dates, yes/no), in the reader's language: the methods without a
 * locale use the current UI's (English where there is none, e.g. in a background thread).
 */
public final class Format {

    private Format() {
    }

    /** A moment in the current UI's language ({@link Figures#instant}: "2026-12-07 18:30 UTC"). */
    public static String instant(Instant instant) {
        return Figures.instant(instant, reader());
    }

    /** A number with its unit scaled to it ({@link Figures#withUnit}); "not set" for null. */
    public static String number(Double value, String unit) {
        return number(value, unit, reader());
    }

    public static String number(Double value, String unit, Locale locale) {
        return value == null ? notSet(locale) : Figures.withUnit(value, unit);
    }

    public static String integer(Integer value, String unit) {
        return integer(value, unit, reader());
    }

    public static String integer(Integer value, String unit, Locale locale) {
        return value == null ? notSet(locale) : Figures.count(value) + (unit == null ? "" : " " + unit);
    }

    /** An availability (a fraction) with its nines ("99.95 %"). */
    public static String percentFraction(Double fraction) {
        return percentFraction(fraction, reader());
    }

    public static String percentFraction(Double fraction, Locale locale) {
        return fraction == null ? notSet(locale) : Figures.availability(fraction);
    }

    public static String yesNo(boolean value) {
        return yesNo(value, reader());
    }

    public static String yesNo(boolean value, Locale locale) {
        return Translations.get(locale, value ? "shell.format.yes" : "shell.format.no");
    }

    /** What stands where a requirement or setting was not given. */
    public static String notSet(Locale locale) {
        return Translations.get(locale, "shell.format.not-set");
    }

    private static Locale reader() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }
}
