package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.benchboard.backup.RestoreService;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.ui.Format;
import jakarta.annotation.security.PermitAll;
import org.springframework.core.task.TaskExecutor;

/** The list of evaluations: create, open, edit, delete, restore from a backup. */
@Route("evaluations")
@RouteAlias("")
@PageTitle("Evaluations · Benchboard")
@PermitAll
public class EvaluationsView extends VerticalLayout {

    private final EvaluationService evaluations;
    private final Grid<EvaluationSummary> grid = new Grid<>();

    public EvaluationsView(EvaluationService evaluations, RestoreService restores, TaskExecutor executor) {
        this.evaluations = evaluations;
        setSizeFull();

        Button create = new Button("New evaluation", VaadinIcon.PLUS.create(),
                click -> EvaluationDialog.create(evaluations, created ->
                        EvaluationView.open(created.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-evaluation");
        create.setVisible(CurrentUser.canEdit());
        HorizontalLayout header = new HorizontalLayout(new H2("Evaluations"), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.setId("evaluations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader("Name").setFlexGrow(3).setSortable(true)
                .setComparator(EvaluationSummary::name).setTooltipGenerator(EvaluationSummary::name);
        grid.addColumn(EvaluationSummary::candidates).setHeader("Candidates").setAutoWidth(true).setSortable(true);
        grid.addColumn(e -> Format.instant(e.updatedAt())).setHeader("Updated").setAutoWidth(true).setSortable(true)
                .setComparator(EvaluationSummary::updatedAt);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText("No evaluations yet. Create one with “New evaluation”.");

        add(header);
        // Restoring creates an evaluation: an editor's control, not added at all for viewers.
        if (CurrentUser.canEdit()) add(new RestoreUpload(restores, executor));
        add(grid);
        refresh();
    }

    private Span nameCell(EvaluationSummary e) {
        Span name = new Span(e.name());
        if (e.demo()) {
            Span badge = new Span("demo · quoted figures");
            badge.addClassNames("bb-badge", "demo");
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            return new Span(name, badge);
        }
        return name;
    }

    private HorizontalLayout actions(EvaluationSummary e) {
        Button open = new Button("Open", click -> open(e));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(e));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setAriaLabel("Delete " + e.name());
        delete.setVisible(CurrentUser.canEdit());
        return new HorizontalLayout(open, delete);
    }

    private void open(EvaluationSummary e) {
        EvaluationView.open(e.id());
    }

    private void confirmDelete(EvaluationSummary e) {
        ConfirmDialog dialog = new ConfirmDialog("Delete “" + e.name() + "”?",
                "This deletes the evaluation with its candidates and all their uploads. It cannot be undone.",
                "Delete", confirm -> {
                    evaluations.delete(e.id());
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dev.benchboard.ui.i18n.ComponentTexts.cancelable(dialog);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(evaluations.list());
    }
}
