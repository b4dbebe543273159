package dev.benchboard.ui.i18n;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts Vaadin's components bring themselves ("Upload Files...", the date picker's month names, the
 * login form's "Log in", a confirm dialog's "Cancel", screen-reader announcements), in the reader's
 * language from our bundles ({@code component.*} keys). Left alone, they stay English on a Chinese page.
 * The English texts are Vaadin's own, so English pages read as before.
 *
 * <p>Use it where the app creates such a component: {@code upload.setI18n(ComponentTexts.upload(getLocale()))},
 * {@code ComponentTexts.cancelable(confirm)}.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** The upload's button, drop label, per-file buttons, status and error texts. */
    public static UploadI18N upload(Locale locale) {
        UploadI18N texts = new UploadI18N();
        UploadI18N.AddFiles add = new UploadI18N.AddFiles();
        add.setOne(t(locale, "component.upload.add-file")).setMany(t(locale, "component.upload.add-files"));
        UploadI18N.DropFiles drop = new UploadI18N.DropFiles();
        drop.setOne(t(locale, "component.upload.drop-file")).setMany(t(locale, "component.upload.drop-files"));
        texts.setAddFiles(add).setDropFiles(drop);
        texts.setError(new UploadI18N.Error().setTooManyFiles(t(locale, "component.upload.error.too-many-files"))
                .setFileIsTooBig(t(locale, "component.upload.error.file-too-big"))
                .setIncorrectFileType(t(locale, "component.upload.error.incorrect-file-type")));
        texts.setFile(new UploadI18N.File().setRetry(t(locale, "component.upload.file.retry"))
                .setStart(t(locale, "component.upload.file.start")).setRemove(t(locale, "component.upload.file.remove")));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(t(locale, "component.upload.status.connecting"))
                .setStalled(t(locale, "component.upload.status.stalled")).setProcessing(t(locale, "component.upload.status.processing"))
                .setHeld(t(locale, "component.upload.status.held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(t(locale, "component.upload.remaining-time.prefix")).setUnknown(t(locale, "component.upload.remaining-time.unknown")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(t(locale, "component.upload.error.server-unavailable"))
                .setUnexpectedServerError(t(locale, "component.upload.error.server-error"))
                .setForbidden(t(locale, "component.upload.error.forbidden"))
                .setFileTooLarge(t(locale, "component.upload.error.file-too-large")));
        texts.setUploading(uploading);
        return texts;
    }

    /**
     * Month and weekday names from the JDK's locale data (一月 … 十二月, 周日 …), "Today" and "Cancel"; the week
     * starts on Monday for Chinese readers, on Sunday for English ones as before. The date's own format follows the
     * component's locale (the UI's).
     */
    public static DatePicker.DatePickerI18n datePicker(Locale locale) {
        Locale language = Languages.fromTag(locale.toLanguageTag()).orElse(Languages.ENGLISH);
        // Locale.ENGLISH names no region, so the JDK would take the world's week (Monday first); Vaadin's English is US.
        Locale calendar = language.getCountry().isEmpty() ? Locale.US : language;
        DayOfWeek first = WeekFields.of(calendar).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(sundayFirst(TextStyle.FULL_STANDALONE, language))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT_STANDALONE, language))
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(t(locale, "component.date-picker.today"))
                .setCancel(t(locale, "component.date-picker.cancel"))
                .setBadInputErrorMessage(t(locale, "component.date-picker.bad-input"));
    }

    /** A date-time picker's accessible part names and its message for a date it cannot read. */
    public static DateTimePicker.DateTimePickerI18n dateTimePicker(Locale locale) {
        return new DateTimePicker.DateTimePickerI18n().setDateLabel(t(locale, "component.date-time-picker.date"))
                .setTimeLabel(t(locale, "component.date-time-picker.time"))
                .setBadInputErrorMessage(t(locale, "component.date-picker.bad-input"))
                .setIncompleteInputErrorMessage(t(locale, "component.date-time-picker.incomplete"));
    }

    /** The sign-in form: title, field labels, button and the messages of a refused or incomplete sign-in. */
    public static LoginI18n login(Locale locale) {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle(t(locale, "login.form.title"));
        texts.getForm().setUsername(t(locale, "login.form.username"));
        texts.getForm().setPassword(t(locale, "login.form.password"));
        texts.getForm().setSubmit(t(locale, "login.form.submit"));
        texts.getForm().setForgotPassword(t(locale, "component.login.forgot-password"));
        texts.getErrorMessage().setTitle(t(locale, "login.incorrect.title"));
        texts.getErrorMessage().setMessage(t(locale, "login.incorrect.text"));
        texts.getErrorMessage().setUsername(t(locale, "component.login.username-required"));
        texts.getErrorMessage().setPassword(t(locale, "component.login.password-required"));
        return texts;
    }

    /**
     * The accessible name of the password fields' eye button ("Show password"). Flow's {@code PasswordFieldI18n}
     * carries only validation messages; the web component reads the name from its own {@code i18n.reveal}
     * property, which is set here on the element.
     */
    public static void revealButton(Locale locale, PasswordField... fields) {
        Map<String, String> texts = Map.of("reveal", t(locale, "component.password-field.reveal"));
        for (PasswordField field : fields) field.getElement().setPropertyMap("i18n", texts);
    }

    /**
     * The same for the sign-in form's own password field, which the form draws itself (no Flow component to reach):
     * once the form has drawn it, its {@code i18n.reveal} is set in the browser.
     */
    public static void revealButton(Locale locale, LoginForm form) {
        form.getElement().executeJs(REVEAL_IN_LOGIN_FORM, t(locale, "component.password-field.reveal"));
    }

    /** Script: after the login form's first drawing, its password field's eye button is named $0. */
    private static final String REVEAL_IN_LOGIN_FORM = """
            customElements.whenDefined(this.localName).then(() => this.updateComplete).then(() => {
              const field = this.querySelector('vaadin-password-field');
              if (field) field.i18n = {...field.i18n, reveal: $0};
            })""";

    /** What a screen reader announces while items are picked in a multi-select combo box. */
    public static MultiSelectComboBoxI18n multiSelect(Locale locale) {
        return new MultiSelectComboBoxI18n().setCleared(t(locale, "component.multi-select.cleared"))
                .setFocused(t(locale, "component.multi-select.focused")).setSelected(t(locale, "component.multi-select.selected"))
                .setDeselected(t(locale, "component.multi-select.deselected")).setTotal(t(locale, "component.multi-select.total"));
    }

    /** The drawer's accessible name. */
    public static AppLayout.AppLayoutI18n appLayout(Locale locale) {
        return new AppLayout.AppLayoutI18n().setDrawer(t(locale, "component.app-layout.drawer"));
    }

    /** The accessible name of the button that folds a navigation item's children. */
    public static SideNav.SideNavI18n sideNav(Locale locale) {
        return new SideNav.SideNavI18n().setToggle(t(locale, "component.side-nav.toggle"));
    }

    /**
     * A confirm dialog the reader can cancel, its Cancel (and Reject) button in the dialog's language: the
     * component's own buttons say "Cancel" and "Reject" in English otherwise.
     */
    public static ConfirmDialog cancelable(ConfirmDialog dialog) {
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("component.confirm-dialog.cancel"));
        dialog.setRejectText(dialog.getTranslation("component.confirm-dialog.reject"));
        return dialog;
    }

    /** What the page says while the server cannot be reached ("Connection lost, trying to reconnect..."). */
    public static void connectionLost(ReconnectDialogConfiguration reconnect, Locale locale) {
        reconnect.setDialogText(t(locale, "component.reconnect.trying"));
        reconnect.setDialogTextGaveUp(t(locale, "component.reconnect.gave-up"));
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return java.util.stream.IntStream.range(0, 7).mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }

    private static String t(Locale locale, String key) {
        return Translations.get(locale, key);
    }
}
