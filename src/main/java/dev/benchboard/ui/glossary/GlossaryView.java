package dev.benchboard.ui.glossary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The terms of the report in plain words, reachable from the header of every page. */
@PermitAll
@Route("glossary")
public class GlossaryView extends VerticalLayout implements HasDynamicTitle {

    public GlossaryView() {
        setId("glossary");
        add(new H2(getTranslation("glossary.title")), new Paragraph(getTranslation("glossary.intro")));
        Div list = new Div();
        list.addClassName("bb-kv");
        Glossary.terms(getLocale()).forEach(term -> {
            Span name = new Span(term.name());
            name.addClassName("bb-dt-strong");
            list.add(name, new Span(term.explanation()));
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("glossary.page-title");
    }
}
