package dev.benchboard.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in the app_user table. Changing a user's role, password or enabled flag ends that user's
 * open sessions, so the change takes effect at once rather than at the next sign-in. At least one
 * enabled admin always remains, so nobody can lock the workspace out of user management.
 */
@Service
public class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, SessionRegistry sessions, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** User names are case-insensitive: stored and looked up lower-case. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public List<UserAccount> list() {
        return jdbc.sql("select id, username, role, enabled, created_at from app_user order by username")
                .query(UserAccounts::account).list();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select id, username, role, enabled, created_at from app_user where username = ?")
                .param(normalize(username)).query(UserAccounts::account).optional();
    }

    /** The language tag the user chose in the header, if they chose one (otherwise the browser's counts). */
    public Optional<String> language(String username) {
        return jdbc.sql("select language from app_user where username = ?").param(normalize(username))
                .query(String.class).optional();
    }

    /** Remembers the user's language choice (a BCP 47 tag, e.g. {@code zh-CN}); null forgets it. */
    public void setLanguage(String username, String languageTag) {
        if (languageTag != null && !languageTag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("not a language tag: " + languageTag);
        }
        jdbc.sql("update app_user set language = ? where username = ?").params(languageTag, normalize(username)).update();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    @Transactional
    public UserAccount create(String username, Role role, String password) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name: 1–100 characters of a–z, 0–9, '.', '_', '@', '-', "
                    + "starting with a letter or digit");
        }
        if (role == null) throw new IllegalArgumentException("role: expected one of ADMIN, EDITOR, VIEWER");
        PasswordPolicy.check(password);
        try {
            jdbc.sql("insert into app_user (username, password_hash, role, enabled, created_at) values (?, ?, ?, true, ?)")
                    .params(name, passwords.encode(password), role.name(), Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("a user named '" + name + "' already exists");
        }
        return find(name).orElseThrow();
    }

    @Transactional
    public void changeRole(long userId, Role role) {
        UserAccount user = get(userId);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) requireAnotherAdmin(user);
        jdbc.sql("update app_user set role = ? where id = ?").params(role.name(), userId).update();
        endSessions(user.username());
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        UserAccount user = get(userId);
        if (!enabled && user.role() == Role.ADMIN) requireAnotherAdmin(user);
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
        if (!enabled) endSessions(user.username());
    }

    /** An admin sets a new password for a user (who is signed out everywhere). */
    @Transactional
    public void resetPassword(long userId, String password) {
        PasswordPolicy.check(password);
        UserAccount user = get(userId);
        jdbc.sql("update app_user set password_hash = ? where id = ?").params(passwords.encode(password), userId).update();
        endSessions(user.username());
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String replacement) {
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(normalize(username))
                .query(String.class).optional().orElseThrow(() -> new IllegalArgumentException("unknown user"));
        if (current == null || !passwords.matches(current, hash)) {
            throw new IllegalArgumentException("the current password is not correct");
        }
        PasswordPolicy.check(replacement);
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwords.encode(replacement), normalize(username)).update();
    }

    /**
     * For password sign-in only. Deliberately not a UserDetailsService bean: Spring Security would wire
     * it into a second, unthrottled authentication manager.
     */
    UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, Role role, boolean enabled) {}
        Row row = jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
                .param(normalize(username))
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.hash()).authorities(row.role().authorities())
                .disabled(!row.enabled()).build();
    }

    private UserAccount get(long userId) {
        return jdbc.sql("select id, username, role, enabled, created_at from app_user where id = ?").param(userId)
                .query(UserAccounts::account).optional()
                .orElseThrow(() -> new IllegalArgumentException("no user with id " + userId));
    }

    private void requireAnotherAdmin(UserAccount user) {
        long others = jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true and id <> ?")
                .param(user.id()).query(Long.class).single();
        if (others == 0) {
            throw new IllegalArgumentException("'" + user.username() + "' is the last enabled admin; "
                    + "make another user admin first");
        }
    }

    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}
