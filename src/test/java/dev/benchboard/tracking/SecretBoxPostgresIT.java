package dev.benchboard.tracking;

import dev.benchboard.api.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SecretBoxTest} on a real PostgreSQL server (BENCHBOARD_TEST_PG_URL, see TestPostgres): the key check's row
 * is inserted in a transaction of its own there, so a node losing the race to another does not spoil its caller's.
 */
class SecretBoxPostgresIT extends SecretBoxTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
