package dev.benchboard.ui;

import dev.benchboard.ui.glossary.Glossary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.format.Figures;

/** A two-column list of labelled values (label muted, value plain). */
public class KeyValues extends Div {

    public KeyValues() {
        addClassName("bb-kv");
    }

    public KeyValues add(String label, String value) {
        // A label naming a term a reader may not know (MTBF, P99, CI …) explains it in a tooltip.
        Span term = Glossary.label(label, getLocale());
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(term, new Span(value == null ? Figures.NONE : value));
        return this;
    }
}
