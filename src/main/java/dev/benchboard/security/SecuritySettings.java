package dev.benchboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * benchboard.security.*: the first admin's password (from BENCHBOARD_ADMIN_PASSWORD; generated and
 * logged once when empty) and the limits on failed sign-ins.
 */
@ConfigurationProperties("benchboard.security")
record SecuritySettings(String adminPassword, @DefaultValue Login login) {

    /** Failed sign-ins allowed per user name and per client address within the window. */
    record Login(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("20") int maxFailuresPerAddress,
                 @DefaultValue("5m") Duration window) {
    }
}
