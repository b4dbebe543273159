package dev.benchboard.ui.share;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import dev.benchboard.ui.i18n.Languages;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Expiry times are entered and shown in UTC, like every time in Benchboard's UI. */
final class UtcExpiry {

    private UtcExpiry() {
    }

    static DateTimePicker picker(String label, Instant current) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setI18n(dev.benchboard.ui.i18n.ComponentTexts.dateTimePicker(dev.benchboard.ui.i18n.Languages.of(picker)));
        picker.setStep(Duration.ofMinutes(15));
        picker.setMin(LocalDateTime.now(ZoneOffset.UTC));
        picker.setHelperText(picker.getTranslation("share.expiry.helper"));
        calendarInReadersLanguage(picker);
        if (current != null) picker.setValue(LocalDateTime.ofInstant(current, ZoneOffset.UTC));
        return picker;
    }

    /**
     * The calendar's month and day names in the reader's language, from the JDK's locale data (CLDR), and its two
     * buttons from the bundles. Vaadin writes them in English by itself, so English keeps Vaadin's own words.
     */
    private static void calendarInReadersLanguage(DateTimePicker picker) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Languages.ENGLISH : ui.getLocale();
        if (locale.getLanguage().equals(Languages.ENGLISH.getLanguage())) return;
        // Vaadin's lists start on Sunday; the week itself starts where the reader's calendar starts it.
        List<DayOfWeek> sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        picker.setDatePickerI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("share.expiry.today"))
                .setCancel(picker.getTranslation("share.expiry.cancel")));
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
