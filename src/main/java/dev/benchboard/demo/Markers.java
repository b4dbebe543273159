package dev.benchboard.demo;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One-time actions already done, kept in the database (table app_marker). */
@Component
class Markers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Markers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isSet(String name) {
        Integer count = jdbc.queryForObject("select count(*) from app_marker where name = ?", Integer.class, name);
        return count != null && count > 0;
    }

    void set(String name) {
        jdbc.update("insert into app_marker (name, created_at) values (?, ?)", name, Timestamp.from(clock.instant()));
    }
}
