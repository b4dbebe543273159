package dev.benchboard.api;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the tests run against: {@code ./benchboard test} starts one and sets
 * BENCHBOARD_TEST_PG_URL. Without it a test is skipped on a laptop, and fails in CI (CI=true), where
 * skipping would hide that PostgreSQL was never tested.
 */
public final class TestPostgres {

    private static final String URL = System.getenv("BENCHBOARD_TEST_PG_URL");

    private TestPostgres() {
    }

    /** Points the application's datasource at the test server; call from a {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (URL == null && ci) throw new IllegalStateException("CI must provide BENCHBOARD_TEST_PG_URL (./benchboard test starts PostgreSQL)");
        Assumptions.assumeTrue(URL != null, "no PostgreSQL server (./benchboard test starts one when the server package is installed)");
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "benchboard");
        registry.add("spring.datasource.password", () -> "");
    }
}
