package dev.benchboard.security;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's process-wide {@link SecurityContextHolder} at the strategy of the application
 * context the test method runs in (registered for every test in META-INF/spring.factories).
 *
 * <p>Why: each Vaadin application context installs its own {@code VaadinAwareSecurityContextHolderStrategy}
 * as the process-wide one when it starts, while its filter chains keep using their own instance. In
 * production there is one context; in a test run several are cached side by side, and after another one
 * started, code reading the static holder (the bearer token filter, {@link EvaluationScope}, the views'
 * {@code CurrentUser}) would talk to a different strategy than the filters of the context under test,
 * and API calls with valid tokens failed with 401 depending on the order the test classes ran in.
 */
public class SecurityContextStrategyOfTheTestsContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) return;
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
