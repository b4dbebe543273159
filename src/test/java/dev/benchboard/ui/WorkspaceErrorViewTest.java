package dev.benchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A failing view shows words and a log reference, never the exception's class or message. */
class WorkspaceErrorViewTest {

    @Test
    void theReaderSeesWordsAndAReferenceButNoInternals() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("evaluations/7/gc"));
        WorkspaceErrorView view = new WorkspaceErrorView();

        int status = view.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("JDBC connection to jdbc:h2:file:/srv/data refused")));

        assertThat(status).isEqualTo(500);
        String text = texts(view).collect(Collectors.joining("\n"));
        assertThat(text).contains("This page could not be shown").containsPattern("reference [0-9a-f]{8}");
        assertThat(text).doesNotContain("IllegalStateException").doesNotContain("JDBC").doesNotContain("java.");
    }

    private static Stream<String> texts(Component component) {
        Stream<String> own = component instanceof HasText hasText ? Stream.of(hasText.getText()) : Stream.empty();
        return Stream.concat(own, component.getChildren().flatMap(WorkspaceErrorViewTest::texts));
    }
}
