package dev.benchboard.ui.share;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import dev.benchboard.ui.i18n.ComponentTexts;
import dev.benchboard.ui.i18n.Languages;
import java.util.Locale;
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
        Locale locale = Languages.of(picker);
        picker.setI18n(ComponentTexts.dateTimePicker(locale));
        picker.setDatePickerI18n(ComponentTexts.datePicker(locale));
        picker.setStep(Duration.ofMinutes(15));
        picker.setMin(LocalDateTime.now(ZoneOffset.UTC));
        picker.setHelperText(picker.getTranslation("share.expiry.helper"));
        if (current != null) picker.setValue(LocalDateTime.ofInstant(current, ZoneOffset.UTC));
        return picker;
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
