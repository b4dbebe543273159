package dev.benchboard.ui.decision;

import dev.benchboard.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.benchboard.ui.report.ReportPage;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.DecisionWords;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.PathStep;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.decision.TieReport;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.format.Figures;
import dev.benchboard.report.DecisionService;
import dev.benchboard.ui.evaluation.EvaluationView;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.ui.upload.UploadResultsView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.core.task.TaskExecutor;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The framework decision of one evaluation: the ranked recommendation with its reasons, what-if weight
 * sliders with the sensitivity of the top, the tree with the path taken and each node's evidence, the
 * tree's parameters, and the tree's JSON to edit. Nothing here is a dead end: without uploads it says
 * what to upload and links to the upload page.
 */
@PermitAll
@Route("evaluations/:id/decision")
public class DecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluations;
    private final DecisionService decisions;
    private EvaluationDetails evaluation;
    private Weights whatIf;
    private DecisionTree tree;
    private DecisionResult result;
    private String selectedNode;

    private final Div summary = new Div();
    private Tabs tabs;
    private Tab treeTab;
    private RecommendationCards cards;
    private WeightsPanel weights;
    private final SensitivityTable sensitivity = new SensitivityTable();
    private ParametersPanel parameters;
    private TreeDiagram diagram;
    private final NodeEvidencePanel evidence = new NodeEvidencePanel();

    private final Executor executor;
    private UI ui;
    /** Decisions asked for so far in this view; only the answer to the latest is drawn. */
    private int requests;

    public DecisionView(EvaluationService evaluations, DecisionService decisions, TaskExecutor executor) {
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.executor = executor;
        addClassName("bb-dt-view");
        setSpacing(false);
    }

    public static RouteParameters parameters(long evaluationId) {
        return new RouteParameters("id", String.valueOf(evaluationId));
    }

    /** Navigates the current UI to the decision of an evaluation. */
    public static void open(long evaluationId) {
        UI.getCurrent().navigate(DecisionView.class, parameters(evaluationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            evaluation = evaluations.get(Long.parseLong(raw));
        } catch (NumberFormatException | NotFoundException missing) {
            evaluation = null;
            add(new H2(getTranslation("evaluation.not-found.title")),
                    new Paragraph(getTranslation("evaluation.not-found.text", raw)),
                    new RouterLink(getTranslation("evaluation.not-found.back"), EvaluationsView.class));
            return;
        }
        whatIf = evaluation.weights();
        selectedNode = null;
        ui = event.getUI();
        render();
        ProgressBar computing = new ProgressBar();
        computing.setIndeterminate(true);
        summary.add(computing);
        recompute();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.decision") + (evaluation == null ? "" : " · " + evaluation.name()) + " · "
                + getTranslation("app.title");
    }

    private void render() {
        long id = evaluation.id();
        H2 title = new H2(getTranslation("evaluation.decision") + " · " + evaluation.name());
        title.setId("decision-title");
        Button upload = new Button(getTranslation("evaluation.upload-results"), VaadinIcon.UPLOAD.create(), click -> getUI().ifPresent(ui ->
                ui.navigate(UploadResultsView.class, UploadResultsView.parameters(id))));
        upload.setId("decision-upload");
        HorizontalLayout header = new HorizontalLayout(title, upload);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.expand(title);
        // The evaluation's tab bar, as on its other pages.
        add(ReportPage.navigation(id, "decision"), header);

        summary.setId("decision-summary");
        summary.addClassName("bb-dt-summary");
        summary.setWidthFull();

        cards = new RecommendationCards(id, this::showNode);
        weights = new WeightsPanel(evaluation.weights(), w -> {
            whatIf = w;
            recompute();
        }, this::saveWeights);
        Div rankingColumns = new Div(cards, weights);
        rankingColumns.addClassName("bb-dt-columns");
        Div rankingContent = new Div(rankingColumns, sensitivity);

        parameters = new ParametersPanel(this::setParameter);
        diagram = new TreeDiagram(this::selectNode);
        Div treeColumns = new Div(diagram, evidence);
        treeColumns.addClassName("bb-dt-columns");
        Div treeTabContent = new Div(parameters, treeColumns);

        TreeEditor editor = new TreeEditor(decisions, id, () -> {
            selectedNode = null;
            recompute();
        });

        // Tabs over plain panels rather than a TabSheet: its content scroller would clip the sticky side panels.
        Tab rankingTab = new Tab(getTranslation("decision.tab.ranking"));
        rankingTab.setId("tab-ranking");
        treeTab = new Tab(getTranslation("decision.tab.tree"));
        treeTab.setId("tab-tree");
        Tab jsonTab = new Tab(getTranslation("decision.tab.json"));
        jsonTab.setId("tab-json");
        tabs = new Tabs(rankingTab, treeTab, jsonTab);
        tabs.setId("decision-tabs");
        tabs.setWidthFull();
        Map<Tab, Component> panels = Map.of(rankingTab, rankingContent, treeTab, treeTabContent, jsonTab, editor);
        panels.values().forEach(panel -> panel.getElement().getClassList().add("bb-dt-panel"));
        tabs.addSelectedChangeListener(change -> panels.forEach((tab, panel) -> panel.setVisible(tab == change.getSelectedTab())));
        treeTabContent.setVisible(false);
        editor.setVisible(false);
        add(summary, tabs, rankingContent, treeTabContent, editor);
    }

    /** The tree in force, the decision and the tree's parameters of one request; failed when the decision could not be made. */
    private record Decided(DecisionTree tree, DecisionResult result, Map<String, Double> parameters, RuntimeException failed) {}

    /**
     * Runs the decision with the what-if weights off the UI thread and then redraws everything that depends on it
     * (pushed to the page). The first decision after a change of the data, the tree or its parameters reads the evidence
     * and computes the report; a weight change afterwards only re-scores. Only the latest request is drawn: a slider
     * dragged fast asks several times, and an earlier answer arriving last must not win.
     */
    private void recompute() {
        long id = evaluation.id();
        Weights weights = whatIf;
        int asked = ++requests;
        // Prepared already (a weight change, or a visit at an unchanged data version): only re-scored, drawn at once.
        java.util.Optional<DecisionResult> rescored;
        try {
            rescored = decisions.decidedIfPrepared(id, weights);
        } catch (RuntimeException failed) {
            rescored = java.util.Optional.empty();   // asked again below, off the UI thread, which shows what went wrong
        }
        if (rescored.isPresent()) {
            show(new Decided(decisions.tree(id), rescored.get(), decisions.parameters(id), null));
            return;
        }
        executor.execute(() -> {
            Decided decided = decide(id, weights);
            ui.access(() -> {
                if (asked == requests) show(decided);
            });
        });
    }

    private Decided decide(long id, Weights weights) {
        DecisionTree inForce = null;
        try {
            inForce = decisions.tree(id);
            return new Decided(inForce, decisions.decide(id, weights), decisions.parameters(id), null);
        } catch (RuntimeException failed) {
            Map<String, Double> parameters = null;
            try {
                if (inForce != null) parameters = decisions.parameters(id);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            return new Decided(inForce, null, parameters, failed);
        }
    }

    private void show(Decided decided) {
        tree = decided.tree();
        result = decided.result();
        if (decided.failed() != null) {
            RuntimeException failed = decided.failed();
            summary.removeAll();
            Div error = new Div(getTranslation("decision.error", String.valueOf(failed.getMessage()),
                    getTranslation("decision.tab.json"), getTranslation("decision.tab.tree")));
            error.addClassName("bb-dt-error");
            error.setId("decision-error");
            summary.add(error);
            cards.render(List.of());
            sensitivity.render(List.of());
            if (tree != null && decided.parameters() != null) parameters.render(tree, decided.parameters());
            return;
        }
        renderSummary();
        cards.render(result.recommendation());
        sensitivity.render(result.sensitivity());
        parameters.render(tree, decided.parameters());
        if (selectedNode == null || tree.nodes().stream().noneMatch(n -> n.id().equals(selectedNode))) {
            selectedNode = defaultNode(result.path());
        }
        renderTree();
    }

    private void renderSummary() {
        summary.removeAll();
        long id = evaluation.id();
        if (result.recommendation().isEmpty()) {
            Div none = new Div(new Span(getTranslation("decision.no-candidates")));
            none.addClassName("bb-dt-notice");
            none.setId("no-evidence");
            RouterLink uploadLink = new RouterLink(getTranslation("evaluation.upload-results"), UploadResultsView.class,
                    UploadResultsView.parameters(id));
            uploadLink.setId("decision-upload-link");
            none.add(uploadLink, new Span(" · "), new RouterLink(getTranslation("decision.overview-link"), EvaluationView.class, parameters(id)));
            summary.add(none);
            return;
        }
        Span top = new Span(result.top() == null ? getTranslation("decision.top.none") : result.top());
        top.setId("decision-top");
        top.addClassName("bb-dt-top");
        Div headline = new Div(new Span(getTranslation("decision.top.recommended")), top);
        headline.addClassName("bb-dt-headline");
        summary.add(headline);
        if (result.topDecidedBy() != null) {
            Div decidedBy = new Div(getTranslation("decision.top.decided-by", result.topDecidedBy().in(getLocale())));
            decidedBy.setId("decision-decided-by");
            decidedBy.addClassName("bb-muted");
            summary.add(decidedBy);
        }
        result.recommendation().stream().filter(r -> r.candidate().equals(result.top()) && !r.shortfalls().isEmpty())
                .findFirst().ifPresent(r -> {
                    // Every candidate left has a shortfall (the tree ranks those last): say so where the top is named.
                    Div warning = new Div(getTranslation("decision.top.shortfalls",
                            DecisionWords.semicolons(r.shortfalls()).in(getLocale())));
                    warning.setId("top-shortfalls");
                    warning.addClassName("bb-dt-warning");
                    summary.add(warning);
                });
        TieReport ties = result.ties();
        if (ties != null && (!ties.tiedWith().isEmpty() || !ties.nearTies().isEmpty())) {
            Div notice = new Div(getTranslation(ties.tiedWith().isEmpty() ? "decision.top.near-tie" : "decision.top.tie", ties.note().in(getLocale())));
            notice.setId("ties-notice");
            notice.addClassName("bb-dt-warning");
            summary.add(notice);
        }
        List<Recommendation> running = result.recommendation().stream().filter(r -> !r.excluded()).toList();
        boolean noMeasurement = !running.isEmpty() && running.stream().allMatch(r -> r.contributions().stream()
                .noneMatch(c -> c.value() != null && !"profile".equals(c.basis())));
        if (noMeasurement) summary.add(noEvidenceNotice(id));
        if (!result.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            result.notes().forEach(n -> notes.add(new ListItem(n.in(getLocale()))));
            Details details = new Details(getTranslation("decision.notes", Figures.count(result.notes().size())), notes);
            details.setId("decision-notes");
            details.addClassName("bb-dt-small");
            summary.add(details);
        }
    }

    private Div noEvidenceNotice(long id) {
        Div notice = new Div();
        notice.setId("no-evidence");
        notice.addClassName("bb-dt-notice");
        notice.add(new Div(getTranslation("decision.no-evidence")));
        UnorderedList what = new UnorderedList();
        for (String key : List.of("throughput", "gcPause", "availability", "memory")) {
            what.add(new ListItem(getTranslation("decision.no-evidence.item", Criteria.label(key, getLocale()),
                    Criteria.whatToUpload(key, getLocale()))));
        }
        what.add(new ListItem(getTranslation("decision.no-evidence.capacity")));
        notice.add(what);
        RouterLink upload = new RouterLink(getTranslation("evaluation.upload-results"), UploadResultsView.class,
                UploadResultsView.parameters(id));
        upload.setId("decision-upload-link");
        notice.add(upload);
        return notice;
    }

    private void renderTree() {
        PathStep step = result.path().stream().filter(s -> s.node().equals(selectedNode)).findFirst().orElse(null);
        diagram.render(tree, result.path(), selectedNode);
        evidence.render(tree, selectedNode, step);
    }

    /** The first node that did something (excluded or preferred someone), else the first on the path. */
    private static String defaultNode(List<PathStep> path) {
        return path.stream().filter(s -> !s.effects().isEmpty()).map(PathStep::node).findFirst()
                .orElse(path.isEmpty() ? null : path.getFirst().node());
    }

    private void selectNode(String nodeId) {
        selectedNode = nodeId;
        if (result != null) renderTree();
    }

    private void showNode(String nodeId) {
        tabs.setSelectedTab(treeTab);
        selectNode(nodeId);
    }

    private void saveWeights(Weights chosen) {
        EvaluationDraft current = evaluations.get(evaluation.id()).toDraft();
        evaluation = evaluations.update(evaluation.id(), new EvaluationDraft(current.name(), current.description(),
                current.requirements(), chosen, current.settings()));
        weights.saved(evaluation.weights());
        Notification.show(getTranslation("decision.weights.saved-on", evaluation.name()));
    }

    private void setParameter(String name, Double value) {
        if (!CurrentUser.canEdit()) {
            Notification.show(getTranslation("decision.parameters.viewer"));
            return;
        }
        try {
            decisions.setParameter(evaluation.id(), name, value);
        } catch (IllegalArgumentException invalid) {
            Notification.show(invalid.getMessage());
            return;
        }
        Notification.show(value == null ? getTranslation("decision.parameters.back-to-default", name)
                : getTranslation("decision.parameters.set", name, Figures.precise(value)));
        recompute();
    }
}
