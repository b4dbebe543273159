package dev.benchboard.ui.tracking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.tracking.Acknowledgement;
import dev.benchboard.tracking.AcknowledgementDraft;
import dev.benchboard.tracking.Acknowledgements;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.Optional;

/**
 * The "Accepted" column of a regression table: a regressed row that a team accepts on purpose gets
 * "Accept…" (a note says why), an accepted one shows who accepted it, when and why, with "Undo". Accepted
 * rows no longer fail the CI gate for that baseline / candidate pair. Editors only see the buttons.
 */
public final class AcceptColumn {

    private final Grid<RegressionRow> grid;
    private final long evaluationId;
    private final Acknowledgements acknowledgements;
    private List<Acknowledgement> current;

    private AcceptColumn(Grid<RegressionRow> grid, long evaluationId, Acknowledgements acknowledgements) {
        this.grid = grid;
        this.evaluationId = evaluationId;
        this.acknowledgements = acknowledgements;
        this.current = acknowledgements.list(evaluationId);
    }

    public static void addTo(Grid<RegressionRow> grid, long evaluationId, Acknowledgements acknowledgements) {
        AcceptColumn column = new AcceptColumn(grid, evaluationId, acknowledgements);
        grid.addComponentColumn(column::cell).setHeader(grid.getTranslation("tracking.accept.column")).setAutoWidth(true);
    }

    private Component cell(RegressionRow row) {
        Div cell = new Div();
        cell.addClassName("bb-accept-cell");
        if (!"regressed".equals(row.verdict())) return cell;
        Optional<Acknowledgement> accepted = Acknowledgements.accepting(current, row);
        if (accepted.isPresent()) {
            Acknowledgement a = accepted.get();
            Span label = new Span(t("tracking.accept.accepted"));
            label.addClassName("bb-verdict-accepted");
            cell.add(label, new Span(t("tracking.accept.by", a.createdBy(), Format.instant(a.createdAt()), a.note())));
            if (CurrentUser.canEdit()) {
                Button undo = new Button(t("tracking.accept.undo"), click -> {
                    acknowledgements.delete(a.id());
                    refresh();
                });
                undo.addClassName("bb-undo");
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                cell.add(undo);
            }
        } else if (CurrentUser.canEdit()) {
            Button accept = new Button(t("tracking.accept.open"), click -> dialog(row).open());
            accept.addClassName("bb-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(accept);
        }
        return cell;
    }

    private Dialog dialog(RegressionRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("tracking.accept.title"));
        TextArea note = new TextArea(t("tracking.accept.why"));
        note.setId("accept-note");
        note.setMaxLength(2000);
        note.setWidth("28em");
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Paragraph what = new Paragraph(t("tracking.accept.what", row.candidate(), row.words().benchmark().in(locale),
                row.words().metric().in(locale),
                Figures.precise(row.deltaPercent())));
        Paragraph error = new Paragraph();
        Button confirm = new Button(t("tracking.accept.confirm"), click -> {
            try {
                acknowledgements.create(evaluationId, new AcknowledgementDraft(Acknowledgements.requestedBaseline(row),
                        row.candidate(), row.benchmark(), row.metric(), note.getValue()), CurrentUser.username().orElseThrow());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
            }
        });
        confirm.setId("accept-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(what, note, error);
        dialog.getFooter().add(new Button(t("tracking.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }

    /** A text in the grid's language. */
    private String t(String key, Object... arguments) {
        return grid.getTranslation(key, arguments);
    }

    private void refresh() {
        current = acknowledgements.list(evaluationId);
        grid.getDataProvider().refreshAll();
    }
}
