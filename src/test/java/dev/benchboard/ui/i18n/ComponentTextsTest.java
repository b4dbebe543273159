package dev.benchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin's components speak the reader's language; in English they say what Vaadin's own defaults said. */
class ComponentTextsTest {

    @Test
    void chineseReadersGetChineseComponentTexts() {
        UploadI18N upload = ComponentTexts.upload(Locale.SIMPLIFIED_CHINESE);
        assertThat(upload.getAddFiles().getMany()).isEqualTo("上传文件…");
        assertThat(upload.getDropFiles().getMany()).isEqualTo("将文件拖放到这里");
        assertThat(upload.getError().getFileIsTooBig()).isEqualTo("文件太大。");
        DatePicker.DatePickerI18n date = ComponentTexts.datePicker(Locale.SIMPLIFIED_CHINESE);
        assertThat(date.getMonthNames()).first().isEqualTo("一月");
        assertThat(date.getWeekdays()).first().isEqualTo("星期日");
        assertThat(date.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(date.getToday()).isEqualTo("今天");
        LoginI18n login = ComponentTexts.login(Locale.SIMPLIFIED_CHINESE);
        assertThat(login.getForm().getSubmit()).isEqualTo("登录");
        assertThat(login.getErrorMessage().getUsername()).isEqualTo("请输入用户名");
        assertThat(ComponentTexts.multiSelect(Locale.SIMPLIFIED_CHINESE).getTotal()).isEqualTo("已选择 {count} 项");
    }

    @Test
    void englishReadersReadWhatVaadinSaidBefore() {
        UploadI18N upload = ComponentTexts.upload(Locale.ENGLISH);
        assertThat(upload.getAddFiles().getMany()).isEqualTo("Upload Files...");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("Drop file here");
        DatePicker.DatePickerI18n date = ComponentTexts.datePicker(Locale.US);
        assertThat(date.getMonthNames()).first().isEqualTo("January");
        assertThat(date.getWeekdaysShort()).first().isEqualTo("Sun");
        assertThat(date.getFirstDayOfWeek()).as("Sunday").isZero();
        assertThat(ComponentTexts.login(Locale.ENGLISH).getErrorMessage().getTitle()).isEqualTo("Incorrect user name or password");
        assertThat(ComponentTexts.multiSelect(Locale.ENGLISH).getTotal()).isEqualTo("{count} items selected");
    }

    @Test
    void thePasswordFieldsEyeButtonIsNamedInTheReadersLanguage() {
        com.vaadin.flow.component.textfield.PasswordField zh = new com.vaadin.flow.component.textfield.PasswordField();
        com.vaadin.flow.component.textfield.PasswordField en = new com.vaadin.flow.component.textfield.PasswordField();
        ComponentTexts.revealButton(Locale.SIMPLIFIED_CHINESE, zh);
        ComponentTexts.revealButton(Locale.ENGLISH, en);
        // The web component's own i18n object ({reveal: 'Show password'} by default), set on the element.
        assertThat(String.valueOf(zh.getElement().getPropertyRaw("i18n"))).contains("\"reveal\"").contains("显示密码");
        assertThat(String.valueOf(en.getElement().getPropertyRaw("i18n"))).contains("Show password");
    }
}
