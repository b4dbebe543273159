package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.ui.Confirm;
import dev.benchboard.ui.Grids;
import dev.benchboard.ui.i18n.Translations;
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

    /** A candidate's edit and remove buttons as the browser draws them. */
    private static final String CANDIDATE_ACTIONS = """
            <vaadin-horizontal-layout theme="spacing">\
            <vaadin-button theme="tertiary small" aria-label="${item.editLabel}" @click="${edit}">\
            <vaadin-icon icon="vaadin:edit"></vaadin-icon></vaadin-button>\
            <vaadin-button theme="tertiary small" aria-label="${item.removeLabel}" @click="${remove}">\
            <vaadin-icon icon="vaadin:trash"></vaadin-icon></vaadin-button></vaadin-horizontal-layout>""";

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
            add(new H2(getTranslation("evaluation.not-found.title")),
                    new Paragraph(getTranslation("evaluation.not-found.text", raw)),
                    new RouterLink(getTranslation("evaluation.not-found.back"), EvaluationsView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return evaluation == null ? getTranslation("evaluation.not-found.page-title")
                : evaluation.name() + " · " + getTranslation("app.title");
    }

    private void refresh() {
        evaluation = evaluations.get(evaluation.id());
        removeAll();
        render();
    }

    private void render() {
        H2 title = new H2(evaluation.name());
        title.setId("evaluation-title");
        Button edit = new Button(getTranslation("evaluation.edit"), VaadinIcon.EDIT.create(),
                click -> EvaluationDialog.edit(evaluations, evaluation, saved -> refresh()).open());
        Button delete = new Button(getTranslation("evaluation.delete"), VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button upload = new Button(getTranslation("evaluation.upload-results"), VaadinIcon.UPLOAD.create(), click -> getUI().ifPresent(ui ->
                ui.navigate(UploadResultsView.class, UploadResultsView.parameters(evaluation.id()))));
        upload.setId("upload-results");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (Button change : List.of(upload, edit, delete)) change.setVisible(CurrentUser.canEdit());
        Button decision = new Button(getTranslation("evaluation.decision"), VaadinIcon.SITEMAP.create(),
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
        add(new RouterLink(getTranslation("evaluation.back-to-list"), EvaluationsView.class), ReportPage.navigation(evaluation.id(), "overview"), header);
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
        list.add(getTranslation("evaluation.dialog.target-peak-load"), orNotSet(r.targetQps(), "req/s"));
        list.add(getTranslation("evaluation.dialog.p99-slo"), orNotSet(r.p99SloMs(), "ms"));
        list.add(getTranslation("evaluation.dialog.availability-slo"),
                r.availabilitySlo() == null ? notSet() : Figures.availability(r.availabilitySlo()));
        list.add(getTranslation("evaluation.requirements.headroom"), orNotSet(r.headroomPercent(), "%"));
        list.add(getTranslation("evaluation.requirements.redundancy"), r.redundancy() == null ? notSet() : "N + " + r.redundancy());
        list.add(getTranslation("evaluation.requirements.instance"), getTranslation("evaluation.requirements.instance.value",
                r.instanceCores() == null ? notSet() : getTranslation("evaluation.requirements.cores", Figures.count(r.instanceCores())),
                orNotSet(r.instanceMemoryGb(), "GB")));
        list.add(getTranslation("evaluation.dialog.cost"), orNotSet(r.costPerInstanceHour(), "$"));
        list.add(getTranslation("evaluation.requirements.net-http"), yesNo(r.netHttpCompatibility()));
        list.add(getTranslation("evaluation.requirements.http2-websocket"), yesNo(r.http2()) + " · " + yesNo(r.websocket()));
        list.add(getTranslation("evaluation.requirements.ecosystem"), yesNo(r.ecosystemPriority()));
        list.add(getTranslation("evaluation.requirements.maintainability"), yesNo(r.maintainabilityPriority()));
        Div card = new Div(new H3(getTranslation("evaluation.requirements")), list);
        card.addClassName("bb-card");
        card.setId("requirements");
        card.getStyle().set("flex", "1 1 360px");
        return card;
    }

    /** A requirement with its unit ({@link Figures#withUnit}), or "not set" when nobody gave it. */
    private String orNotSet(Double value, String unit) {
        return value == null ? notSet() : Figures.withUnit(value, unit);
    }

    private String notSet() {
        return getTranslation("evaluation.requirements.not-set");
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "evaluation.yes" : "evaluation.no");
    }

    private Component candidatesCard() {
        Grid<CandidateView> grid = new Grid<>();
        grid.setId("candidates");
        Grids.text(grid, CandidateView::name, getTranslation("evaluation.candidates.candidate"), "8em");
        Grids.figure(grid, CandidateView::framework, getTranslation("evaluation.candidates.profile"));
        Grids.figure(grid, c -> c.version() == null ? Figures.NONE : c.version(), getTranslation("evaluation.candidates.version"));
        Grids.figure(grid, c -> c.goVersion() == null ? Figures.NONE : c.goVersion(), "Go");
        grid.addColumn(candidateActions()).setAutoWidth(true).setFlexGrow(0);
        Grids.readable(grid);
        grid.setItems(evaluation.candidates());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.candidates.empty"));

        Button add = new Button(getTranslation("evaluation.candidate.add"), VaadinIcon.PLUS.create(), click -> new CandidateDialog(null,
                draft -> evaluations.addCandidate(evaluation.id(), draft), this::refresh).open());
        add.setId("add-candidate");
        add.setVisible(CurrentUser.canEdit());
        Div card = new Div(new H3(getTranslation("evaluation.list.candidates")), grid, add);
        card.addClassName("bb-card");
        card.getStyle().set("flex", "2 1 480px");
        return card;
    }

    /**
     * Edit and remove per candidate, drawn by the browser from a template rather than three server components per row
     * (issue 15: the overview's grids made dozens of components on every visit); none for viewers. Labels are bound
     * as text.
     */
    private LitRenderer<CandidateView> candidateActions() {
        return LitRenderer.<CandidateView>of(!CurrentUser.canEdit() ? "" : CANDIDATE_ACTIONS)
                .withProperty("editLabel", c -> getTranslation("evaluation.edit-named", c.name()))
                .withProperty("removeLabel", c -> getTranslation("evaluation.candidates.remove-named", c.name()))
                .withFunction("edit", c -> new CandidateDialog(c, draft -> evaluations.updateCandidate(c.id(), draft),
                        this::refresh).open())
                .withFunction("remove", c -> Confirm.destructive(getTranslation("evaluation.candidates.remove.confirm.title", c.name()),
                        getTranslation("evaluation.candidates.remove.confirm.text"), getTranslation("evaluation.candidates.remove"),
                        () -> {
                            evaluations.removeCandidate(c.id());
                            refresh();
                        }));
    }

    private Component quotedSection(List<QuotedFigureView> quoted) {
        Div section = new Div();
        section.setWidthFull();
        section.setId("quoted-figures");
        Div label = new Div(new Span(getTranslation("evaluation.quoted.label")));
        label.addClassName("bb-quoted");
        section.add(new H3(getTranslation("evaluation.quoted.title")), label);

        Map<String, List<QuotedFigureView>> byScope = new LinkedHashMap<>();
        quoted.stream().filter(q -> q.metric().equals("throughput"))
                .forEach(q -> byScope.computeIfAbsent(q.scope(), s -> new ArrayList<>()).add(q));
        List<String> names = evaluation.candidates().stream().map(CandidateView::name).toList();
        List<Series> series = byScope.entrySet().stream().map(e -> Series.values(e.getKey(), names.stream()
                .map(n -> e.getValue().stream().filter(q -> n.equals(q.candidate())).map(QuotedFigureView::value)
                        .findFirst().orElse(null)).toList())).toList();
        if (!series.isEmpty()) {
            ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BAR)
                    .title(getTranslation("evaluation.quoted.chart.title"))
                    .subtitle(getTranslation("evaluation.quoted.chart.subtitle"))
                    .categories(names)
                    .yAxis(getTranslation("evaluation.dialog.weight.throughput"), "req/s")
                    .series(series));
            chart.setId("quoted-throughput-chart");
            section.add(chart);
        }
        Grid<QuotedFigureView> table = new Grid<>();
        Grids.figure(table, QuotedFigureView::candidate, getTranslation("evaluation.candidates.candidate"));
        Grids.figure(table, q -> metric(q.metric()), getTranslation("evaluation.quoted.metric"));
        Grids.text(table, QuotedFigureView::scope, getTranslation("evaluation.quoted.context"), "12em");
        Grids.figure(table, q -> Figures.withUnit(q.value(), q.unit()), getTranslation("evaluation.quoted.value"), QuotedFigureView::value);
        Grids.text(table, QuotedFigureView::source, getTranslation("evaluation.quoted.source"), "12em");
        Grids.readable(table);
        table.setItems(quoted);
        table.setAllRowsVisible(true);
        section.add(table);
        return section;
    }

    /** A quoted figure's metric as the CSV names it ("failure_rate") in words; an unknown one as a settings key reads. */
    private String metric(String code) {
        return Translations.find(getLocale(), "evaluation.quoted.metric." + code.replace('_', '-')).orElseGet(() -> Words.key(code));
    }

    private void confirmDelete() {
        Confirm.destructive(getTranslation("evaluation.delete.confirm.title", evaluation.name()),
                getTranslation("evaluation.delete.confirm.text"), getTranslation("evaluation.delete"), () -> {
                    evaluations.delete(evaluation.id());
                    getUI().ifPresent(ui -> ui.navigate(EvaluationsView.class));
                });
    }
}
