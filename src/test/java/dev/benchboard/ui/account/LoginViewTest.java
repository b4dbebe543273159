package dev.benchboard.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the sign-in form says about the wait after repeated failures: only digits are taken from the address. */
class LoginViewTest {

    @Test
    void theWaitFromTheServerIsWordedForPeople() {
        assertThat(LoginView.waitText(Locale.ENGLISH, List.of("1"))).isEqualTo("Try again in 1 second.");
        assertThat(LoginView.waitText(Locale.ENGLISH, List.of("8"))).isEqualTo("Try again in 8 seconds.");
        assertThat(LoginView.waitText(Locale.ENGLISH, List.of("300"))).isEqualTo("Try again in 5 minutes.");
        assertThat(LoginView.waitText(Locale.ENGLISH, List.of("61"))).isEqualTo("Try again in 61 seconds.");
        assertThat(LoginView.waitText(Locale.ENGLISH, List.of("90"))).isEqualTo("Try again in 2 minutes.");
    }

    @Test
    void aChineseReaderReadsTheWaitInChinese() {
        // Before: "请在 8 seconds 后重试。" (English durations inside the Chinese sentence).
        assertThat(LoginView.waitText(Locale.SIMPLIFIED_CHINESE, List.of("1"))).isEqualTo("请在 1 秒后重试。");
        assertThat(LoginView.waitText(Locale.SIMPLIFIED_CHINESE, List.of("8"))).isEqualTo("请在 8 秒后重试。");
        assertThat(LoginView.waitText(Locale.SIMPLIFIED_CHINESE, List.of("300"))).isEqualTo("请在 5 分钟后重试。");
        assertThat(LoginView.waitText(Locale.SIMPLIFIED_CHINESE, List.of("x"))).isEqualTo("请稍候再试。");
    }

    @Test
    void anythingButDigitsInTheAddressIsNotRepeated() {
        for (String forged : new String[] {"<img src=x onerror=alert(1)>", "5; call 555", "-3", "", "12345678"}) {
            assertThat(LoginView.waitText(Locale.ENGLISH, List.of(forged))).as(forged).isEqualTo("Wait a little, then try again.");
        }
        assertThat(LoginView.waitText(Locale.ENGLISH, null)).isEqualTo("Wait a little, then try again.");
    }
}
