package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.ui.Format;
import java.util.List;

/** The uploads of an evaluation with their provenance; each can be deleted (with its data). */
class UploadsPanel extends Div {

    UploadsPanel(UploadService uploads, long evaluationId, Runnable changed) {
        setWidthFull();
        setId("uploads");
        add(new H3("Uploads"));
        List<UploadView> all = uploads.list(evaluationId);
        if (all.isEmpty()) {
            add(new Paragraph("No results uploaded yet. Measured figures, verdicts and the recommendation appear "
                    + "here once load tests, GC traces or chaos results are uploaded."));
            return;
        }
        Grid<UploadView> grid = new Grid<>();
        grid.addColumn(UploadView::fileName).setHeader("File").setFlexGrow(2).setSortable(true);
        grid.addColumn(UploadView::candidate).setHeader("Candidate").setAutoWidth(true).setSortable(true);
        grid.addColumn(u -> u.kind() + " · " + u.format()).setHeader("Kind · format").setAutoWidth(true);
        grid.addColumn(u -> u.accepted() + (u.rejected() > 0 ? " (+" + u.rejected() + " rejected)" : ""))
                .setHeader("Records").setAutoWidth(true);
        grid.addColumn(u -> u.baseline() ? "baseline" : (u.label() == null ? "" : u.label())).setHeader("Label");
        grid.addColumn(u -> Format.instant(u.uploadedAt())).setHeader("Uploaded").setAutoWidth(true).setSortable(true)
                .setComparator(UploadView::uploadedAt);
        grid.addColumn(u -> u.sha256().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
                ConfirmDialog confirm = new ConfirmDialog("Delete " + u.fileName() + "?",
                        "The upload and every figure computed from it are removed.", "Delete", ok -> {
                            uploads.delete(u.id());
                            changed.run();
                        });
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel("Delete upload " + u.fileName());
            delete.setVisible(CurrentUser.canEdit());
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 15);
        add(grid);
    }
}
