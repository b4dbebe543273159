package dev.benchboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.Translations;
import java.util.Locale;

/**
 * What an address without a page shows, in the reader's language, instead of Vaadin's English "Could not navigate
 * to …". Vaadin also answers a view the user's role may not open with "not found" (so the page does not tell which
 * views exist): the words say both, and never repeat the address.
 */
@AnonymousAllowed
public class WorkspaceNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("workspace-not-found");
        Locale locale = event.getUI() == null ? Languages.ENGLISH : event.getUI().getLocale();
        // "./" is the workspace root: the page's base is the application's root, whatever the address.
        add(new H2(Translations.get(locale, "shell.not-found.title")),
                new Paragraph(Translations.get(locale, "shell.not-found.text")),
                new Anchor("./", Translations.get(locale, "error.back")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
