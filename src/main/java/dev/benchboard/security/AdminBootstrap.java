package dev.benchboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users at all) creates the user "admin": with BENCHBOARD_ADMIN_PASSWORD when
 * set, otherwise with a generated password that is written to the log this once and never again.
 */
@Component
@Order(0)
class AdminBootstrap implements SmartInitializingSingleton {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final SecuritySettings settings;

    AdminBootstrap(UserAccounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    // Before the web server opens (not as an ApplicationRunner, which runs after it): a client that
    // finds the server up must find the first admin too.
    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.isEmpty()) return;
        String configured = settings.adminPassword();
        if (configured != null && !configured.isEmpty()) {
            try {
                accounts.create(ADMIN, Role.ADMIN, configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("BENCHBOARD_ADMIN_PASSWORD is not usable: " + e.getMessage(), e);
            }
            log.info("Created the user '{}' (role ADMIN) with the password from BENCHBOARD_ADMIN_PASSWORD", ADMIN);
            return;
        }
        String generated = PasswordPolicy.generate();
        accounts.create(ADMIN, Role.ADMIN, generated);
        log.warn("""

                ======================================================================
                  First start: created the user '{}' (role ADMIN).
                  Generated password: {}
                  It is shown only this once. Sign in and keep it safe, or set
                  BENCHBOARD_ADMIN_PASSWORD before the first start next time.
                ======================================================================""", ADMIN, generated);
    }
}
