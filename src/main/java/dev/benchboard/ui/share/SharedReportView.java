package dev.benchboard.ui.share;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.JsonValues;
import dev.benchboard.export.RegressionLine;
import dev.benchboard.export.ReportExports;
import dev.benchboard.export.SharedReport;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The page behind a share link: the frozen snapshot rendered read-only from its JSON (nothing is
 * recomputed). Outside the workspace: no app layout, no links to other views. Unknown, revoked and
 * expired tokens all reroute to {@link SharedReportNotFoundView} (HTTP 404).
 */
@AnonymousAllowed
@Route(value = "r/:token", autoLayout = false)
public class SharedReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportExports exports;
    private SharedReport shared;

    public SharedReportView(ReportExports exports) {
        this.exports = exports;
        addClassName("bb-share-root");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<SharedReport> found = exports.shared(token);
        if (found.isEmpty()) {
            shared = null;
            event.rerouteToError(SharedReportNotFound.class);
            return;
        }
        shared = found.get();
        add(page(token));
    }

    @Override
    public String getPageTitle() {
        return shared == null ? "Shared report not found · Benchboard" : shared.title() + " · shared report · Benchboard";
    }

    private Div page(String token) {
        JsonNode report = shared.report();
        String confidence = ShareFormat.confidence(JsonValues.number(report.path("settings").path("alpha")));
        List<CandidateHeadline> candidates = CandidateHeadline.all(report);

        Div page = new Div();
        page.addClassName("bb-share-page");
        Span brand = new Span("Benchboard · shared report, read-only");
        brand.addClassName("bb-share-brand");
        H1 title = new H1(shared.title());
        title.setId("share-title");
        page.add(brand, title, snapshotLine(), actions(token));

        page.add(section("share-uploads-section", "From these uploads", SourcesTable.of(shared.sources())));
        page.add(requirements(report.path("requirements")));
        page.add(new RecommendationSection(shared.decision()));

        Div figures = section("share-figures-section", "Headline figures per candidate");
        if (candidates.isEmpty()) figures.add(new Paragraph("This snapshot has no candidates."));
        else figures.add(FiguresTable.of(candidates, confidence), notes(candidates));
        page.add(figures);

        Div charts = new Div();
        charts.addClassName("bb-share-charts");
        ShareCharts.p99(candidates, JsonValues.number(report.path("requirements").path("p99SloMs")), confidence)
                .ifPresent(charts::add);
        ShareCharts.throughput(candidates).ifPresent(charts::add);
        ShareCharts.percentiles(candidates).ifPresent(charts::add);
        if (charts.getChildren().findAny().isPresent()) page.add(section("share-charts-section", "Charts", charts));

        List<RegressionLine> regressions = RegressionLine.all(report);
        page.add(section("share-regressions-section", "Regressions", regressions.isEmpty()
                ? new Paragraph("No regression verdicts: they need baseline uploads to compare with.")
                : RegressionsTable.of(regressions)));

        page.add(settings(report.path("settings"), confidence));
        return page;
    }

    private Paragraph snapshotLine() {
        Paragraph line = new Paragraph("Snapshot taken at " + Format.instant(shared.snapshotTakenAt())
                + ": figures and recommendation as they were then, unchanged by later uploads."
                + (shared.expiresAt() == null ? "" : " This link expires at " + Format.instant(shared.expiresAt()) + "."));
        line.setId("share-snapshot");
        line.addClassName("bb-share-muted");
        return line;
    }

    /** Print and downloads; relative links resolve against the app's base URL, and the router leaves them alone. */
    private Div actions(String token) {
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("share-print");
        Div actions = new Div(print, Downloads.links("r/" + token, "snapshot.json"));
        actions.addClassNames("bb-share-actions", "bb-print-hide");
        return actions;
    }

    private static Div section(String id, String heading, Component... content) {
        Div section = new Div(new H2(heading));
        section.setId(id);
        section.addClassName("bb-share-section");
        section.add(content);
        return section;
    }

    private static Div requirements(JsonNode r) {
        Div list = new Div();
        list.addClassName("bb-kv");
        kv(list, "Target peak load", Format.number(JsonValues.number(r.path("targetQps")), "req/s"));
        kv(list, "P99 latency SLO", Format.number(JsonValues.number(r.path("p99SloMs")), "ms"));
        kv(list, "Availability SLO", Format.percentFraction(JsonValues.number(r.path("availabilitySlo"))));
        kv(list, "Headroom", Format.number(JsonValues.number(r.path("headroomPercent")), "%"));
        Integer redundancy = JsonValues.integer(r.path("redundancy"));
        kv(list, "Redundancy", redundancy == null ? "not set" : "N + " + redundancy);
        return section("share-requirements", "Requirements", list);
    }

    private static void kv(Div list, String label, String value) {
        Span term = new Span(label);
        term.addClassName("bb-share-muted");
        list.add(term, new Span(value));
    }

    /** What each candidate lacks and the load-test caveats, in the report's words. */
    private static Component notes(List<CandidateHeadline> candidates) {
        UnorderedList list = new UnorderedList();
        list.setId("share-notes");
        list.addClassName("bb-share-notes");
        for (CandidateHeadline c : candidates) {
            for (String note : c.notes()) list.add(new ListItem(c.candidate() + ": " + note));
        }
        return list;
    }

    private static Div settings(JsonNode s, String confidence) {
        Paragraph text = new Paragraph("Computed with α = " + JsonValues.text(s.path("alpha")) + " (" + confidence
                + " intervals), practical threshold " + JsonValues.text(s.path("practicalThresholdPercent")) + " %, "
                + JsonValues.text(s.path("bootstrapResamples")) + " bootstrap resamples, random seed "
                + JsonValues.text(s.path("randomSeed")) + ". Hover a figure for the method behind it.");
        text.addClassName("bb-share-muted");
        Div footer = new Div(text);
        footer.setId("share-settings");
        footer.addClassName("bb-share-section");
        return footer;
    }
}
