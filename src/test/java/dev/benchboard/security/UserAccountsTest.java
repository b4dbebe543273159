package dev.benchboard.security;

import static dev.benchboard.security.SecurityFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Accounts in the database: hashing, names, password rules, the last admin, and the first start. */
@SpringBootTest(properties = "benchboard.security.admin-password=first admin password")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecuritySettings settings;

    @Test
    void theFirstStartCreatedAdminWithTheConfiguredPassword() {
        assertThat(accounts.find("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
        assertThat(signIn("admin", "first admin password")).isEqualTo("admin");
    }

    @Test
    void aUsersLanguageChoiceIsRememberedAndCanBeForgotten() {
        accounts.create("ada@example.org", Role.VIEWER, PASSWORD);
        assertThat(accounts.language("ada@example.org")).as("nothing chosen: the browser's counts").isEmpty();
        accounts.setLanguage("ADA@example.org", "zh-CN");
        assertThat(accounts.language("ada@example.org")).contains("zh-CN");
        accounts.setLanguage("ada@example.org", null);
        assertThat(accounts.language("ada@example.org")).isEmpty();
        assertThatThrownBy(() -> accounts.setLanguage("ada@example.org", "zh'); drop table app_user; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void passwordsAreStoredAsBcryptAndNamesAreCaseInsensitive() {
        UserAccount created = accounts.create("  Grace.Hopper@Example.org ", Role.EDITOR, PASSWORD);
        assertThat(created.username()).isEqualTo("grace.hopper@example.org");
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(created.id())
                .query(String.class).single();
        // DelegatingPasswordEncoder's format: {id} then a bcrypt hash ($2a$, cost 10, 22-char salt + 31-char hash).
        assertThat(hash).matches("\\{bcrypt}\\$2a\\$10\\$[./A-Za-z0-9]{53}").doesNotContain(PASSWORD);
        assertThat(signIn("GRACE.HOPPER@example.org", PASSWORD)).isEqualTo("grace.hopper@example.org");
        assertThatThrownBy(() -> signIn("grace.hopper@example.org", PASSWORD + "x"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.create("grace.HOPPER@example.org", Role.VIEWER, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    }

    @Test
    void passwordAndNameRules() {
        assertThatThrownBy(() -> accounts.create("short-password", Role.VIEWER, "elevenchars"))
                .hasMessage("the password must have at least 12 characters");
        assertThatThrownBy(() -> accounts.create("long-password", Role.VIEWER, "é".repeat(37)))   // 74 bytes
                .hasMessage("the password must be at most 72 bytes (UTF-8)");
        assertThatThrownBy(() -> accounts.create("blank-password", Role.VIEWER, " ".repeat(12)))
                .hasMessage("the password must not be blank");
        assertThatThrownBy(() -> accounts.create("has space", Role.VIEWER, PASSWORD))
                .hasMessageStartingWith("user name:");
        assertThat(accounts.create("exactly-twelve", Role.VIEWER, "twelve chars").role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void disabledUsersCannotSignInAndPasswordsCanBeChanged() {
        UserAccount user = accounts.create(SecurityFixture.unique("changing"), Role.VIEWER, PASSWORD);
        accounts.setEnabled(user.id(), false);
        assertThatThrownBy(() -> signIn(user.username(), PASSWORD)).isInstanceOf(DisabledException.class);
        accounts.setEnabled(user.id(), true);
        assertThatThrownBy(() -> accounts.changeOwnPassword(user.username(), "wrong current", "a new password"))
                .hasMessage("the current password is not correct");
        accounts.changeOwnPassword(user.username(), PASSWORD, "a new password");
        assertThat(signIn(user.username(), "a new password")).isEqualTo(user.username());
        accounts.resetPassword(user.id(), "set by the admin");
        assertThat(signIn(user.username(), "set by the admin")).isEqualTo(user.username());
    }

    @Test
    @DirtiesContext
    void theLastEnabledAdminCannotBeDemotedOrDisabled() {
        for (UserAccount a : accounts.list()) {
            if (a.role() == Role.ADMIN && !a.username().equals("admin")) accounts.changeRole(a.id(), Role.VIEWER);
        }
        long admin = accounts.find("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.changeRole(admin, Role.EDITOR)).hasMessageContaining("last enabled admin");
        assertThatThrownBy(() -> accounts.setEnabled(admin, false)).hasMessageContaining("last enabled admin");
        UserAccount second = accounts.create(SecurityFixture.unique("second-admin"), Role.ADMIN, PASSWORD);
        accounts.changeRole(admin, Role.EDITOR);
        assertThat(accounts.find("admin").orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThatThrownBy(() -> accounts.setEnabled(second.id(), false)).hasMessageContaining("last enabled admin");
    }

    @Test
    @DirtiesContext
    void withoutAConfiguredPasswordTheFirstStartLogsAGeneratedOneOnce(CapturedOutput output) {
        jdbc.sql("delete from app_user").update();
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new SecuritySettings(null, settings.login(), settings.trustedProxies(), settings.forwardedHeader()));
        bootstrap.afterSingletonsInstantiated();
        Matcher logged = Pattern.compile("Generated password: (\\S+)").matcher(output.getOut());
        assertThat(logged.find()).as("the log shows the generated password").isTrue();
        String password = logged.group(1);
        assertThat(password).matches("[A-Za-z0-9_-]{24}");   // 18 random bytes, base64url
        assertThat(signIn("admin", password)).isEqualTo("admin");

        bootstrap.afterSingletonsInstantiated();   // a later start: users exist, nothing is created or printed
        assertThat(Pattern.compile("Generated password:").matcher(output.getOut()).results().count()).isEqualTo(1);
        assertThat(accounts.list()).hasSize(1);
    }

    private String signIn(String username, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .getName();
    }
}
