package dev.benchboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.Translations;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a view that fails shows instead of Vaadin's own error page, which names the exception's class and
 * message: words for the reader and a reference under which the whole exception is in the server log, so
 * an administrator can find it without the page telling anybody how the server is built.
 */
@AnonymousAllowed
public class WorkspaceErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        log.error("View '{}' failed; reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        // "./" is the workspace root: the page's base is the application's root, whatever the failing path.
        setId("workspace-error");
        Locale locale = event.getUI() == null ? Languages.ENGLISH : event.getUI().getLocale();
        add(new H2(Translations.get(locale, "error.title")), new Paragraph(Translations.get(locale, "error.text", reference)),
                new Anchor("./", Translations.get(locale, "error.back")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
