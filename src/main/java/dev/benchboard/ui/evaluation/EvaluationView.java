package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.benchboard.backup.BackupService;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.QuotedFigureService;
import dev.benchboard.evaluation.QuotedFigureView;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.report.DecisionService;
import dev.benchboard.report.ReportService;
import dev.benchboard.ui.report.Dashboard;
import dev.benchboard.ui.report.ReportPage;
import org.springframework.core.task.TaskExecutor;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.share.ShareService;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.Grids;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.upload.UploadResultsView;
import dev.benchboard.ui.chart.ApexChart;
import dev.benchboard.ui.chart.ChartOptions;
import dev.benchboard.ui.chart.ChartType;
import dev.benchboard.ui.chart.Series;
import jakarta.annotation.security.PermitAll;
import dev.benchboard.ui.share.SharesPanel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview of one evaluation: requirements, candidates and the figures that exist. */
@Route("evaluations/:id")
@PermitAll
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluations;
    private final QuotedFigureService quotedFigures;
    private final UploadService uploads;
    private final ReportService reports;
    private final DecisionService decisions;
    private final TaskExecutor executor;
    private final ShareService shares;
    private final BackupService backups;
    private EvaluationDetails evaluation;

    public EvaluationView(EvaluationService evaluations, QuotedFigureService quotedFigures, UploadService uploads,
                          ReportService reports, DecisionService decisions, TaskExecutor executor, ShareService shares,
                          BackupService backups) {
        this.evaluations = evaluations;
        this.quotedFigures = quotedFigures;
        this.uploads = uploads;
        this.reports = reports;
        this.decisions = decisions;
        this.executor = executor;
        this.shares = shares;
        this.backups = backups;
    }

    /** Navigates the current UI to the overview of an evaluation. */
    public static void open(long evaluationId) {
        UI.getCurrent().navigate(EvaluationView.class, new RouteParameters("id", String.valueOf(evaluationId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            evaluation = evaluations.get(Long.parseLong(raw));
            render();
        } catch (NumberFormatException | NotFoundException missing) {
            evaluation = null;
            add(new H2("Evaluation not found"),
                    new Paragraph("There is no evaluation with id “" + raw + "”. It may have been deleted."),
                    new RouterLink("Back to the evaluations", EvaluationsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return (evaluation == null ? "Not found" : evaluation.name()) + " · Benchboard";
    }

    private void refresh() {
        evaluation = evaluations.get(evaluation.id());
        removeAll();
        render();
    }

    private void render() {
        H2 title = new H2(evaluation.name());
        title.setId("evaluation-title");
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                click -> EvaluationDialog.edit(evaluations, evaluation, saved -> refresh()).open());
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button upload = new Button("Upload results", VaadinIcon.UPLOAD.create(), click -> getUI().ifPresent(ui ->
                ui.navigate(UploadResultsView.class, UploadResultsView.parameters(evaluation.id()))));
        upload.setId("upload-results");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (Button change : List.of(upload, edit, delete)) change.setVisible(CurrentUser.canEdit());
        Button decision = new Button("Decision", VaadinIcon.SITEMAP.create(),
                click -> dev.benchboard.ui.decision.DecisionView.open(evaluation.id()));
        decision.setId("open-decision");
        SharesPanel sharing = new SharesPanel(shares, evaluation.id());
        Button share = sharing.shareButton();
        share.setVisible(CurrentUser.canEdit());
        sharing.setVisible(CurrentUser.canEdit());
        // Everyone who may view the evaluation may take its backup (as GET …/backup in the API).
        HorizontalLayout header = new HorizontalLayout(title, upload, decision, share,
                BackupDownload.link(backups, evaluation.id()), edit, delete);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        add(new RouterLink("← Evaluations", EvaluationsView.class), ReportPage.navigation(evaluation.id(), "Overview"), header);
        if (evaluation.description() != null) add(new Paragraph(evaluation.description()));
        add(new Dashboard(evaluation.id(), reports, decisions, executor));

        FlexLayout cards = new FlexLayout(requirementsCard(evaluation.requirements()), candidatesCard());
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        add(cards);

        add(new UploadsPanel(uploads, evaluation.id(), this::refresh));
        add(sharing);

        List<QuotedFigureView> quoted = quotedFigures.list(evaluation.id());
        if (!quoted.isEmpty()) add(quotedSection(quoted));
    }

    private Component requirementsCard(Requirements r) {
        KeyValues list = new KeyValues();
        list.add("Target peak load", Format.number(r.targetQps(), "req/s"));
        list.add("P99 latency SLO", Format.number(r.p99SloMs(), "ms"));
        list.add("Availability SLO", Format.percentFraction(r.availabilitySlo()));
        list.add("Headroom", Format.number(r.headroomPercent(), "%"));
        list.add("Redundancy", r.redundancy() == null ? "not set" : "N + " + r.redundancy());
        list.add("Instance", Format.integer(r.instanceCores(), "cores") + ", " + Format.number(r.instanceMemoryGb(), "GB"));
        list.add("Cost per instance-hour", Format.number(r.costPerInstanceHour(), "$"));
        list.add("Standard net/http required", Format.yesNo(r.netHttpCompatibility()));
        list.add("HTTP/2 · WebSocket", Format.yesNo(r.http2()) + " · " + Format.yesNo(r.websocket()));
        list.add("Ecosystem priority", Format.yesNo(r.ecosystemPriority()));
        list.add("Maintainability priority", Format.yesNo(r.maintainabilityPriority()));
        Div card = new Div(new H3("Requirements"), list);
        card.addClassName("bb-card");
        card.setId("requirements");
        card.getStyle().set("flex", "1 1 360px");
        return card;
    }


    private Component candidatesCard() {
        Grid<CandidateView> grid = new Grid<>();
        grid.setId("candidates");
        Grids.text(grid, CandidateView::name, "Candidate", "8em");
        Grids.figure(grid, CandidateView::framework, "Profile");
        Grids.figure(grid, c -> c.version() == null ? "–" : c.version(), "Version");
        Grids.figure(grid, c -> c.goVersion() == null ? "–" : c.goVersion(), "Go");
        grid.addColumn(candidateActions()).setAutoWidth(true).setFlexGrow(0);
        Grids.readable(grid);
        grid.setItems(evaluation.candidates());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No candidates yet: add the frameworks you are comparing.");

        Button add = new Button("Add candidate", VaadinIcon.PLUS.create(), click -> new CandidateDialog(null,
                draft -> evaluations.addCandidate(evaluation.id(), draft), this::refresh).open());
        add.setId("add-candidate");
        add.setVisible(CurrentUser.canEdit());
        Div card = new Div(new H3("Candidates"), grid, add);
        card.addClassName("bb-card");
        card.getStyle().set("flex", "2 1 480px");
        return card;
    }

    /**
     * Edit and remove per candidate, drawn by the browser from a template rather than three server components per row
     * (issue 15: the overview's grids made dozens of components on every visit); none for viewers.
     */
    private LitRenderer<CandidateView> candidateActions() {
        String button = "<vaadin-button theme=\"tertiary small\" aria-label=\"${item.%1$sLabel}\" @click=\"${%1$s}\">"
                + "<vaadin-icon icon=\"vaadin:%2$s\"></vaadin-icon></vaadin-button>";
        return LitRenderer.<CandidateView>of(!CurrentUser.canEdit() ? "" : "<vaadin-horizontal-layout theme=\"spacing\">"
                        + button.formatted("edit", "edit") + button.formatted("remove", "trash") + "</vaadin-horizontal-layout>")
                .withProperty("editLabel", c -> "Edit " + c.name())
                .withProperty("removeLabel", c -> "Remove " + c.name())
                .withFunction("edit", c -> new CandidateDialog(c, draft -> evaluations.updateCandidate(c.id(), draft),
                        this::refresh).open())
                .withFunction("remove", c -> {
                    ConfirmDialog confirm = new ConfirmDialog("Remove " + c.name() + "?",
                            "The candidate and all its uploads are removed from this evaluation.", "Remove",
                            ok -> {
                                evaluations.removeCandidate(c.id());
                                refresh();
                            });
                    confirm.setCancelable(true);
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                });
    }

    private Component quotedSection(List<QuotedFigureView> quoted) {
        Div section = new Div();
        section.setWidthFull();
        section.setId("quoted-figures");
        Div label = new Div(new Span("Figures quoted from public articles — illustrative, unverified, not measured. "
                + "They are never used as evidence for the decision."));
        label.addClassName("bb-quoted");
        section.add(new H3("Quoted figures"), label);

        Map<String, List<QuotedFigureView>> byScope = new LinkedHashMap<>();
        quoted.stream().filter(q -> q.metric().equals("throughput"))
                .forEach(q -> byScope.computeIfAbsent(q.scope(), s -> new ArrayList<>()).add(q));
        List<String> names = evaluation.candidates().stream().map(CandidateView::name).toList();
        List<Series> series = byScope.entrySet().stream().map(e -> Series.values(e.getKey(), names.stream()
                .map(n -> e.getValue().stream().filter(q -> n.equals(q.candidate())).map(QuotedFigureView::value)
                        .findFirst().orElse(null)).toList())).toList();
        if (!series.isEmpty()) {
            ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BAR)
                    .title("Quoted throughput")
                    .subtitle("quoted from public articles, not measured")
                    .categories(names)
                    .yAxis("Throughput", "req/s")
                    .series(series));
            chart.setId("quoted-throughput-chart");
            section.add(chart);
        }
        Grid<QuotedFigureView> table = new Grid<>();
        Grids.figure(table, QuotedFigureView::candidate, "Candidate");
        Grids.figure(table, QuotedFigureView::metric, "Metric");
        Grids.text(table, QuotedFigureView::scope, "Context", "12em");
        Grids.figure(table, q -> Format.number(q.value(), q.unit()), "Quoted value", QuotedFigureView::value);
        Grids.text(table, QuotedFigureView::source, "Source", "12em");
        Grids.readable(table);
        table.setItems(quoted);
        table.setAllRowsVisible(true);
        section.add(table);
        return section;
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog("Delete “" + evaluation.name() + "”?",
                "This deletes the evaluation with its candidates and all their uploads. It cannot be undone.",
                "Delete", confirm -> {
                    evaluations.delete(evaluation.id());
                    getUI().ifPresent(ui -> ui.navigate(EvaluationsView.class));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
