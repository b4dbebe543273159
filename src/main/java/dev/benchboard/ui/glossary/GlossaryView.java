package dev.benchboard.ui.glossary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The terms of the report in plain words, reachable from the header of every page. */
@PermitAll
@Route("glossary")
@PageTitle("Glossary · Benchboard")
public class GlossaryView extends VerticalLayout {

    public GlossaryView() {
        setId("glossary");
        add(new H2("Glossary"), new Paragraph("The terms the report uses, in plain words. The same explanations appear"
                + " as tooltips where the terms are used (dotted underline)."));
        Div list = new Div();
        list.addClassName("bb-kv");
        Glossary.TERMS.forEach((term, meaning) -> {
            Span name = new Span(term);
            name.addClassName("bb-dt-strong");
            list.add(name, new Span(meaning));
        });
        add(list);
    }
}
