package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.benchboard.ui.Confirm;
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
@PermitAll
public class EvaluationsView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationService evaluations;
    private final Grid<EvaluationSummary> grid = new Grid<>();

    public EvaluationsView(EvaluationService evaluations, RestoreService restores, TaskExecutor executor) {
        this.evaluations = evaluations;
        setSizeFull();

        Button create = new Button(getTranslation("evaluation.list.new"), VaadinIcon.PLUS.create(),
                click -> EvaluationDialog.create(evaluations, created ->
                        EvaluationView.open(created.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-evaluation");
        create.setVisible(CurrentUser.canEdit());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("evaluation.list.title")), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.setId("evaluations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("evaluation.list.name")).setFlexGrow(3).setSortable(true)
                .setComparator(EvaluationSummary::name).setTooltipGenerator(EvaluationSummary::name);
        grid.addColumn(EvaluationSummary::candidates).setHeader(getTranslation("evaluation.list.candidates")).setAutoWidth(true).setSortable(true);
        grid.addColumn(e -> Format.instant(e.updatedAt())).setHeader(getTranslation("evaluation.list.updated")).setAutoWidth(true).setSortable(true)
                .setComparator(EvaluationSummary::updatedAt);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText(getTranslation("evaluation.list.empty"));

        add(header);
        // Restoring creates an evaluation: an editor's control, not added at all for viewers.
        if (CurrentUser.canEdit()) add(new RestoreUpload(restores, executor));
        add(grid);
        refresh();
    }

    private Span nameCell(EvaluationSummary e) {
        Span name = new Span(e.name());
        if (e.demo()) {
            Span badge = new Span(getTranslation("evaluation.list.demo-badge"));
            badge.addClassNames("bb-badge", "demo");
            badge.getStyle().set("margin-left", "var(--lumo-space-s)");
            return new Span(name, badge);
        }
        return name;
    }

    private HorizontalLayout actions(EvaluationSummary e) {
        Button open = new Button(getTranslation("evaluation.list.open"), click -> open(e));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(e));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setAriaLabel(getTranslation("evaluation.delete-named", e.name()));
        delete.setVisible(CurrentUser.canEdit());
        return new HorizontalLayout(open, delete);
    }

    private void open(EvaluationSummary e) {
        EvaluationView.open(e.id());
    }

    private void confirmDelete(EvaluationSummary e) {
        Confirm.destructive(getTranslation("evaluation.delete.confirm.title", e.name()),
                getTranslation("evaluation.delete.confirm.text"), getTranslation("evaluation.delete"), () -> {
                    evaluations.delete(e.id());
                    refresh();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.list.page-title");
    }

    private void refresh() {
        grid.setItems(evaluations.list());
    }
}
