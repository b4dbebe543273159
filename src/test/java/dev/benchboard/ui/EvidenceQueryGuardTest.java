package dev.benchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.server.VaadinSession;
import dev.benchboard.evidence.EvidenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The guard the browser tests run with: an evidence query with a Vaadin session on the thread is refused. */
@SpringBootTest(properties = "benchboard.ui.forbid-evidence-queries-on-ui-thread=true")
@ActiveProfiles("test")
class EvidenceQueryGuardTest {

    @Autowired
    EvidenceStore evidence;

    @AfterEach
    void noSession() {
        VaadinSession.setCurrent(null);
    }

    @Test
    void aQueryOffTheUiThreadRuns() {
        assertThat(evidence.load(424242).candidates()).isEmpty();
    }

    @Test
    void aQueryUnderAVaadinSessionIsRefused() {
        VaadinSession.setCurrent(mock(VaadinSession.class));
        assertThatThrownBy(() -> evidence.load(424242)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EvidenceQueryGuard.REFUSED);
    }
}
