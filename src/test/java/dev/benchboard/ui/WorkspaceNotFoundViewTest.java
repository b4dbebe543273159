package dev.benchboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An address without a page says so in the reader's language (Vaadin's own page is English) and repeats nothing of it. */
class WorkspaceNotFoundViewTest {

    @Test
    void theReaderSeesWordsInTheirLanguageAndNotTheAddress() {
        assertThat(text(Locale.ENGLISH)).contains("This page does not exist").doesNotContain("<script>");
        assertThat(text(Locale.SIMPLIFIED_CHINESE)).contains("此页面不存在").contains("返回评估列表").doesNotContain("<script>");
    }

    private static String text(Locale locale) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        UI ui = new UI();
        ui.setLocale(locale);
        when(event.getUI()).thenReturn(ui);
        when(event.getLocation()).thenReturn(new Location("evaluations/<script>"));
        WorkspaceNotFoundView view = new WorkspaceNotFoundView();
        int status = view.setErrorParameter(event, new ErrorParameter<>(NotFoundException.class,
                new NotFoundException("Couldn't find route for 'evaluations/<script>'")));
        assertThat(status).isEqualTo(404);
        return texts(view).collect(Collectors.joining("\n"));
    }

    private static Stream<String> texts(Component component) {
        Stream<String> own = component instanceof HasText hasText ? Stream.of(hasText.getText()) : Stream.empty();
        return Stream.concat(own, component.getChildren().flatMap(WorkspaceNotFoundViewTest::texts));
    }
}
