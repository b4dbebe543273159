package dev.benchboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A two-column list of labelled values (label muted, value plain). */
public class KeyValues extends Div {

    public KeyValues() {
        addClassName("bb-kv");
    }

    public KeyValues add(String label, String value) {
        Span term = new Span(label);
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(term, new Span(value == null ? "–" : value));
        return this;
    }
}
