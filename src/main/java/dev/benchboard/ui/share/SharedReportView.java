package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The page behind a share link: the frozen snapshot rendered read-only from its JSON (nothing is
 * recomputed). Outside the workspace: no app layout, no links to other views. Unknown, revoked and
 * expired tokens all reroute to {@link SharedReportNotFoundView} (HTTP 404).
 *
 * <p>Every anonymous visit builds this view in a new session, so it is kept cheap to build and to
 * hold: the read-only blocks are plain HTML ({@link Markup}), the snapshot's JSON is not kept after
 * rendering, and nothing on the page needs the server once it is shown (Print runs in the browser),
 * so a short session timeout for such visits loses nothing ({@link SharedReportBootstrap}).
 */
@AnonymousAllowed
@Route(value = "r/:token", autoLayout = false)
public class SharedReportView extends Div implements BeforeEnterObserver {

    private static final Logger LOG = LoggerFactory.getLogger(SharedReportView.class);

    private final ReportExports exports;

    public SharedReportView(ReportExports exports) {
        this.exports = exports;
        addClassName("bb-share-root");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            Optional<SharedReport> found = exports.shared(token);
            if (found.isEmpty()) {
                event.rerouteToError(SharedReportNotFound.class);
                return;
            }
            SharedReportBootstrap.title(event, found.get().title() + " · shared report · Benchboard");
            add(page(found.get(), token));
        } catch (RuntimeException e) {
            // A reader gets no class name, message or stack trace (Vaadin's error page would name the
            // exception's class): a reference to look up in the log, which names the link by its hint only.
            String reference = Long.toString(System.nanoTime() & 0xFFFFFFFL, 36);
            LOG.error("Shared report r/{}… could not be shown (reference {})", token.substring(0, Math.min(6, token.length())),
                    reference, e);
            removeAll();
            SharedReportBootstrap.title(event, "Shared report · Benchboard");
            add(unavailable(reference));
        }
    }

    /** What a reader sees when a snapshot cannot be shown (package-private for tests). */
    static Div unavailable(String reference) {
        Div page = new Div(new H1("This shared report cannot be shown"),
                new Paragraph("Something went wrong on the server while showing it. Ask whoever shared it to tell the "
                        + "Benchboard administrator, quoting reference " + reference + "."));
        page.addClassName("bb-share-page");
        page.setId("share-unavailable");
        return page;
    }


    /** The page for a snapshot (package-private for tests). */
    static Div page(SharedReport shared, String token) {
        JsonNode report = shared.report();
        String confidence = ShareFormat.confidence(JsonValues.number(report.path("settings").path("alpha")));
        List<CandidateHeadline> candidates = CandidateHeadline.all(report);

        Div page = new Div();
        page.addClassName("bb-share-page");
        Span brand = new Span("Benchboard · shared report, read-only");
        brand.addClassName("bb-share-brand");
        H1 title = new H1(shared.title());
        title.setId("share-title");
        page.add(brand, title, snapshotLine(shared), actions(token));

        Element uploads = Markup.section("share-uploads-section", "From these uploads");
        SourcesTable.appendTo(uploads, shared.sources());
        page.add(Markup.component(uploads));
        page.add(Markup.component(requirements(report.path("requirements"))));
        page.add(Markup.component(RecommendationSection.of(shared.decision())));

        Element figures = Markup.section("share-figures-section", "Headline figures per candidate");
        if (candidates.isEmpty()) Markup.text(figures, "p", "This snapshot has no candidates.");
        else {
            FiguresTable.appendTo(figures, candidates, confidence);
            notes(figures, candidates);
        }
        page.add(Markup.component(figures));

        Div charts = new Div();
        charts.addClassName("bb-share-charts");
        ShareCharts.p99(candidates, JsonValues.number(report.path("requirements").path("p99SloMs")), confidence)
                .ifPresent(charts::add);
        ShareCharts.throughput(candidates).ifPresent(charts::add);
        ShareCharts.percentiles(candidates).ifPresent(charts::add);
        if (charts.getChildren().findAny().isPresent()) {
            Div section = new Div(new H2("Charts"), charts);
            section.setId("share-charts-section");
            section.addClassName("bb-share-section");
            page.add(section);
        }

        List<RegressionLine> regressions = RegressionLine.all(report);
        Element regressionSection = Markup.section("share-regressions-section", "Regressions");
        if (regressions.isEmpty()) {
            Markup.text(regressionSection, "p", "No regression verdicts: they need baseline uploads to compare with.");
        } else {
            RegressionsTable.appendTo(regressionSection, regressions);
        }
        page.add(Markup.component(regressionSection));

        page.add(Markup.component(settings(report.path("settings"), confidence)));
        return page;
    }

    private static Paragraph snapshotLine(SharedReport shared) {
        Paragraph line = new Paragraph("Snapshot taken at " + Format.instant(shared.snapshotTakenAt())
                + ": figures and recommendation as they were then, unchanged by later uploads."
                + (shared.expiresAt() == null ? "" : " This link expires at " + Format.instant(shared.expiresAt()) + "."));
        line.setId("share-snapshot");
        line.addClassName("bb-share-muted");
        return line;
    }

    /**
     * Print and downloads; relative links resolve against the app's base URL, and the router leaves
     * them alone. Print runs in the browser ({@link PrintButton}).
     */
    private static Div actions(String token) {
        Div actions = new Div(new PrintButton("share-print"), Downloads.links("r/" + token, "snapshot.json"));
        actions.addClassNames("bb-share-actions", "bb-print-hide");
        return actions;
    }

    private static Element requirements(JsonNode r) {
        Element section = Markup.section("share-requirements", "Requirements");
        Element list = section.appendElement("div").addClass("bb-kv");
        kv(list, "Target peak load", Format.number(JsonValues.number(r.path("targetQps")), "req/s"));
        kv(list, "P99 latency SLO", Format.number(JsonValues.number(r.path("p99SloMs")), "ms"));
        kv(list, "Availability SLO", Format.percentFraction(JsonValues.number(r.path("availabilitySlo"))));
        kv(list, "Headroom", Format.number(JsonValues.number(r.path("headroomPercent")), "%"));
        Integer redundancy = JsonValues.integer(r.path("redundancy"));
        kv(list, "Redundancy", redundancy == null ? "not set" : "N + " + redundancy);
        return section;
    }

    private static void kv(Element list, String label, String value) {
        Markup.text(list, "span", label, "bb-share-muted");
        Markup.text(list, "span", value);
    }

    /** What each candidate lacks and the load-test caveats, in the report's words. */
    private static void notes(Element parent, List<CandidateHeadline> candidates) {
        Element list = parent.appendElement("ul").id("share-notes").addClass("bb-share-notes");
        for (CandidateHeadline c : candidates) {
            for (String note : c.notes()) Markup.text(list, "li", c.candidate() + ": " + note);
        }
    }

    private static Element settings(JsonNode s, String confidence) {
        Element footer = Markup.block("share-settings", "bb-share-section");
        Markup.text(footer, "p", "Computed with α = " + JsonValues.text(s.path("alpha")) + " (" + confidence
                + " intervals), practical threshold " + JsonValues.text(s.path("practicalThresholdPercent")) + " %, "
                + JsonValues.text(s.path("bootstrapResamples")) + " bootstrap resamples, random seed "
                + JsonValues.text(s.path("randomSeed")) + ". Hover a figure for the method behind it.", "bb-share-muted");
        return footer;
    }
}
