package dev.benchboard.ui.decision;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dev.benchboard.decision.SensitivityEntry;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import java.util.Locale;

/**
 * For each weight, moved alone: how far it may go before another candidate takes the top, in both
 * directions, or "none" when no weight in [0, max(1, current)] changes the top.
 */
final class SensitivityTable extends Div {

    SensitivityTable() {
        setId("sensitivity-section");
        addClassNames("bb-card", "bb-dt-sensitivity");
    }

    void render(List<SensitivityEntry> entries) {
        removeAll();
        Locale locale = getLocale();
        add(new H3(getTranslation("decision.sensitivity.title")));
        Div hint = new Div(getTranslation("decision.sensitivity.hint"));
        hint.addClassNames("bb-muted", "bb-dt-small");
        add(hint);
        if (entries.isEmpty()) {
            add(new Div(getTranslation("decision.sensitivity.empty")));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("sensitivity");
        table.addClassName("bb-dt-table");
        NativeTableRow header = new NativeTableRow();
        for (String h : List.of("weight", "now", "lowered", "raised", "smallest", "explanation")) {
            header.add(new NativeTableHeaderCell(getTranslation("decision.sensitivity.column." + h)));
        }
        table.getHead().add(header);
        for (SensitivityEntry e : entries) {
            NativeTableRow row = new NativeTableRow();
            row.setId("sensitivity-" + e.weight());
            row.getElement().setAttribute("data-weight", e.weight());
            if (e.increase() != null) row.getElement().setAttribute("data-increase-threshold", String.valueOf(e.increase().threshold()));
            if (e.increase() != null) row.getElement().setAttribute("data-increase-new-top", e.increase().newTop());
            if (e.decrease() != null) row.getElement().setAttribute("data-decrease-threshold", String.valueOf(e.decrease().threshold()));
            if (e.decrease() != null) row.getElement().setAttribute("data-decrease-new-top", e.decrease().newTop());
            NativeTableCell summary = new NativeTableCell(e.summary().in(locale));
            summary.addClassName("bb-dt-small");
            row.add(new NativeTableCell(Criteria.label(e.weight(), locale)),
                    new NativeTableCell(Figures.precise(e.current())),
                    new NativeTableCell(flip(e.decrease())),
                    new NativeTableCell(flip(e.increase())),
                    new NativeTableCell(smallest(e, locale)),
                    summary);
            if (e.smallestChange() != null) row.addClassName("bb-dt-sensitive");
            table.getBody().add(row);
        }
        add(table);
    }

    private static String flip(SensitivityEntry.WeightChange change) {
        return change == null ? "—" : Figures.precise(change.threshold()) + " → " + change.newTop();
    }

    private static String smallest(SensitivityEntry e, Locale locale) {
        if (e.smallestChange() == null) {
            return Translations.get(locale, "decision.sensitivity.none-within", Figures.precise(Math.max(1, e.current())));
        }
        double c = e.smallestChange();
        return (c > 0 ? "+" : "") + Figures.precise(c);
    }
}
