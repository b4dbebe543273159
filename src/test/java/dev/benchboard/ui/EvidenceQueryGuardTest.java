package dev.benchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.server.VaadinSession;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.evidence.MeasuredData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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

    /** Each method marked {@link MeasuredData} (MeasuredDataTest: exactly those handing out measured data). */
    @Test
    void everyMethodLoadingMeasuredDataIsRefusedUnderAVaadinSessionAndTheUploadListIsNot() {
        VaadinSession.setCurrent(mock(VaadinSession.class));
        List<String> refused = new ArrayList<>();
        for (Method method : EvidenceStore.class.getDeclaredMethods()) {
            if (!method.isAnnotationPresent(MeasuredData.class)) continue;
            Object[] args = Arrays.stream(method.getParameterTypes())
                    .map(type -> type == long.class ? (Object) 424242L : (Consumer<Object>) row -> { }).toArray();
            assertThatThrownBy(() -> method.invoke(evidence, args)).as(method.getName())
                    .isInstanceOf(InvocationTargetException.class).cause()
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(EvidenceQueryGuard.REFUSED);
            refused.add(method.getName());
        }
        assertThat(refused).containsExactlyInAnyOrder("load", "runs", "runRows", "gcTraceRows", "chaosExperimentRows");
        assertThat(evidence.list(424242)).as("the uploads' provenance lines stay allowed").isEmpty();
    }
}
