package dev.benchboard.ui.decision;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dev.benchboard.decision.SensitivityEntry;
import dev.benchboard.ui.Format;
import java.util.List;

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
        add(new H3("Sensitivity"));
        Div hint = new Div("One weight moves, the others stay as they are (scores divide by the weight sum, so this is the same "
                + "ranking as renormalising the weights to sum 1). At a threshold the two scores are equal.");
        hint.addClassNames("bb-muted", "bb-dt-small");
        add(hint);
        if (entries.isEmpty()) {
            add(new Div("No candidate to rank, so nothing to be sensitive to."));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("sensitivity");
        table.addClassName("bb-dt-table");
        NativeTableRow header = new NativeTableRow();
        for (String h : List.of("Weight", "Now", "Flips if lowered below", "Flips if raised above", "Smallest change", "Explanation")) {
            header.add(new NativeTableHeaderCell(h));
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
            NativeTableCell summary = new NativeTableCell(e.summary());
            summary.addClassName("bb-dt-small");
            row.add(new NativeTableCell(Criteria.label(e.weight())),
                    new NativeTableCell(Format.plain(e.current())),
                    new NativeTableCell(flip(e.decrease())),
                    new NativeTableCell(flip(e.increase())),
                    new NativeTableCell(smallest(e)),
                    summary);
            if (e.smallestChange() != null) row.addClassName("bb-dt-sensitive");
            table.getBody().add(row);
        }
        add(table);
    }

    private static String flip(SensitivityEntry.WeightChange change) {
        return change == null ? "—" : Format.plain(change.threshold()) + " → " + change.newTop();
    }

    private static String smallest(SensitivityEntry e) {
        if (e.smallestChange() == null) return "none within [0, " + Format.plain(Math.max(1, e.current())) + "]";
        double c = e.smallestChange();
        return (c > 0 ? "+" : "") + Format.plain(c);
    }
}
