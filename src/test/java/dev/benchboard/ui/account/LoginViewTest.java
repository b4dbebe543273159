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
    }

    @Test
    void anythingButDigitsInTheAddressIsNotRepeated() {
        for (String forged : new String[] {"<img src=x onerror=alert(1)>", "5; call 555", "-3", "", "12345678"}) {
            assertThat(LoginView.waitText(Locale.ENGLISH, List.of(forged))).as(forged).isEqualTo("Wait a little, then try again.");
        }
        assertThat(LoginView.waitText(Locale.ENGLISH, null)).isEqualTo("Wait a little, then try again.");
    }
}
