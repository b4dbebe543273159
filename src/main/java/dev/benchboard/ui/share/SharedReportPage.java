package dev.benchboard.ui.share;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.ExportTable;
import dev.benchboard.export.RegressionLine;
import dev.benchboard.export.SharedReport;
import dev.benchboard.ui.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The page behind a share link as one complete, static HTML document, rendered once from the frozen
 * snapshot (nothing is recomputed, nothing needs the server after it is loaded). In a reader's order:
 * the recommendation, the headline figures, the charts, the regression verdicts, the requirements and
 * settings, and last the uploads with their SHA-256s, collapsed.
 *
 * <p>No inline script or style: the page loads one style sheet and one small script from
 * {@code /r/assets/} (relative links, so it works under any context path) and carries the charts'
 * figures as JSON in a {@code <script type="application/json">} block, which a browser never runs.
 * Every text from the snapshot is written by jsoup, which escapes it ({@link Markup}); the JSON block
 * has {@code <}, {@code >} and {@code &} as {@code \\u} escapes, so no data can end it early.
 */
public final class SharedReportPage {

    private SharedReportPage() {
    }

    /** The page for a snapshot, as UTF-8 bytes. */
    public static byte[] render(SharedReport shared, String token) {
        return html(shared, token).getBytes(StandardCharsets.UTF_8);
    }

    /** The one answer for every link that does not open (unknown, revoked, expired: deliberately alike), sent with 404. */
    public static byte[] notFound() {
        return message("share-not-found", "Shared report not found", "Shared report not found · Benchboard",
                "There is no report at this address. The link may be incomplete, or whoever shared it may have revoked "
                        + "it or let it expire.", "Ask them for a new link.");
    }

    /** What a reader sees when a snapshot cannot be shown: no class name or message, a reference to find it in the log. */
    public static byte[] unavailable(String reference) {
        return message("share-unavailable", "This shared report cannot be shown", "Shared report · Benchboard",
                "Something went wrong on the server while showing it. Ask whoever shared it to tell the Benchboard "
                        + "administrator, quoting reference " + reference + ".");
    }

    private static byte[] message(String id, String heading, String title, String... paragraphs) {
        Document document = document(title);
        Element page = document.body().appendElement("main").addClass("bb-share-root").appendElement("div")
                .addClass("bb-share-page").id(id);
        Markup.text(page, "span", "Benchboard", "bb-share-brand");
        Markup.text(page, "h1", heading);
        for (String p : paragraphs) Markup.text(page, "p", p);
        return document.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    static String html(SharedReport shared, String token) {
        JsonNode report = shared.report();
        StatisticsSettings settings = SnapshotRecords.read(report.path("settings"), StatisticsSettings.class);
        Requirements requirements = SnapshotRecords.read(report.path("requirements"), Requirements.class);
        String confidence = ShareFormat.confidence(settings == null ? null : settings.alpha());
        List<CandidateHeadline> candidates = CandidateHeadline.all(report);

        Document document = document(shared.title() + " · shared report · Benchboard");
        Element page = document.body().appendElement("main").addClass("bb-share-root").appendElement("div").addClass("bb-share-page");
        Markup.text(page, "span", "Benchboard · shared report, read-only", "bb-share-brand");
        Markup.text(page, "h1", shared.title()).id("share-title");
        page.appendChild(snapshotLine(shared));
        page.appendChild(actions(token));

        page.appendChild(RecommendationSection.of(SharedDecision.of(shared.decision())));

        Element figures = Markup.section("share-figures-section", "Headline figures per candidate");
        if (candidates.isEmpty()) Markup.text(figures, "p", "This snapshot has no candidates.");
        else {
            FiguresTable.appendTo(figures, candidates, confidence);
            notes(figures, candidates);
        }
        page.appendChild(figures);

        ShareChartData charts = ShareChartData.of(candidates, requirements == null ? null : requirements.p99SloMs(), confidence);
        if (!charts.isEmpty()) page.appendChild(charts(charts));

        List<RegressionLine> regressions = RegressionLine.all(report);
        Element regressionSection = Markup.section("share-regressions-section", "Regressions");
        if (regressions.isEmpty()) {
            Markup.text(regressionSection, "p", "No regression verdicts: they need baseline uploads to compare with.");
        } else {
            RegressionsTable.appendTo(regressionSection, regressions);
        }
        page.appendChild(regressionSection);

        page.appendChild(requirements(requirements));
        page.appendChild(sources(shared.sources()));
        if (settings != null) page.appendChild(settings(settings, confidence));
        return document.outerHtml();
    }

    private static Document document(String title) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.insertChildren(0, new DocumentType("html", "", ""));
        Element html = document.selectFirst("html").attr("lang", "en").attr("data-bb-static", "");
        Element head = html.selectFirst("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        // Kept out of search indexes; the address holds the token, so it is never sent on as a referrer.
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        Markup.text(head, "title", title);
        // An empty icon of its own: otherwise the browser asks for /favicon.ico, which is the workspace's (its
        // security chain would remember the request in a new session and set a session cookie on a reader).
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "assets/share.css");
        head.appendElement("script").attr("src", "assets/share.js").attr("defer", true);
        return document;
    }

    private static Element snapshotLine(SharedReport shared) {
        Element line = Markup.block(null);
        Markup.text(line, "p", "Snapshot taken at " + Format.instant(shared.snapshotTakenAt())
                + ": figures and recommendation as they were then, unchanged by later uploads."
                + (shared.expiresAt() == null ? "" : " This link expires at " + Format.instant(shared.expiresAt()) + "."),
                "bb-share-muted").id("share-snapshot");
        return line.child(0);
    }

    /**
     * Print (the page's script prints on click; without it the browser's own print does the same) and
     * the snapshot's downloads, relative to the page ({@code /r/{token}} → {@code {token}/report.json}).
     */
    private static Element actions(String token) {
        Element actions = Markup.block(null, "bb-share-actions", "bb-print-hide");
        Markup.text(actions, "button", "Print", "bb-share-button").id("share-print").attr("type", "button");
        Element links = actions.appendElement("div").addClass("bb-share-downloads");
        download(links, "download-json", token + "/report.json", "snapshot.json", "The whole snapshot as JSON");
        for (ExportTable table : ExportTable.values()) {
            download(links, "download-" + table.urlName(), token + "/export/" + table.urlName() + ".csv",
                    table.urlName() + ".csv", "CSV: " + table.description());
        }
        return actions;
    }

    private static void download(Element parent, String id, String href, String text, String title) {
        Markup.text(parent, "a", "⤓ " + text, "bb-share-download").id(id).attr("href", href).attr("download", "")
                .attr("title", title);
    }

    private static Element charts(ShareChartData data) {
        Element section = Markup.section("share-charts-section", "Charts");
        Element grid = section.appendElement("div").addClass("bb-share-charts");
        for (var bars : new ShareChartData.Bars[] {data.p99(), data.throughput()}) {
            if (bars != null) chart(grid, bars.id(), bars.title(), bars.subtitle());
        }
        if (data.percentiles() != null) {
            chart(grid, data.percentiles().id(), data.percentiles().title(), data.percentiles().subtitle());
        }
        section.appendElement("script").attr("type", "application/json").id("share-chart-data")
                .appendChild(new org.jsoup.nodes.DataNode(safeJson(data)));
        return section;
    }

    /** A chart's box: title and subtitle as text (shown without the script too), the drawing filled in by the script. */
    private static void chart(Element grid, String id, String title, String subtitle) {
        Element figure = grid.appendElement("figure").id(id).addClass("bb-share-chart").attr("data-chart", id);
        Markup.text(figure, "figcaption", title, "bb-share-chart-title");
        Markup.text(figure, "div", subtitle, "bb-share-muted", "bb-share-chart-subtitle");
        figure.appendElement("div").addClass("bb-share-chart-plot");
    }

    /** JSON safe inside a script element: {@code <}, {@code >}, {@code &} only occur in strings, where \\u escapes mean the same. */
    static String safeJson(Object data) {
        return Json.write(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static Element requirements(Requirements r) {
        Element section = Markup.section("share-requirements", "Requirements");
        Element list = section.appendElement("div").addClass("bb-kv");
        kv(list, "Target peak load", Format.number(r == null ? null : r.targetQps(), "req/s"));
        kv(list, "P99 latency SLO", Format.number(r == null ? null : r.p99SloMs(), "ms"));
        kv(list, "Availability SLO", Format.percentFraction(r == null ? null : r.availabilitySlo()));
        kv(list, "Headroom", Format.number(r == null ? null : r.headroomPercent(), "%"));
        kv(list, "Redundancy", r == null || r.redundancy() == null ? "not set" : "N + " + r.redundancy());
        return section;
    }

    private static void kv(Element list, String label, String value) {
        Markup.text(list, "span", label, "bb-share-muted");
        Markup.text(list, "span", value);
    }

    /** The uploads, collapsed: a reader checks files against the report rarely, and a phone would scroll past them first. */
    private static Element sources(List<dev.benchboard.share.SharedSnapshot.SourceUpload> sources) {
        Element details = Markup.block(null).appendElement("details").id("share-uploads-section").addClass("bb-share-section");
        Markup.text(details, "summary", "From these " + sources.size() + (sources.size() == 1 ? " upload" : " uploads")
                + " (files and SHA-256)", "bb-share-summary");
        SourcesTable.appendTo(details, sources);
        return details;
    }

    /** What each candidate lacks and the load-test caveats, in the report's words. */
    private static void notes(Element parent, List<CandidateHeadline> candidates) {
        Element list = parent.appendElement("ul").id("share-notes").addClass("bb-share-notes");
        for (CandidateHeadline c : candidates) {
            for (String note : c.notes()) Markup.text(list, "li", c.candidate() + ": " + note);
        }
    }

    private static Element settings(StatisticsSettings s, String confidence) {
        Element footer = Markup.block("share-settings", "bb-share-section");
        Markup.text(footer, "p", "Computed with α = " + Format.plain(s.alpha()) + " (" + confidence
                + " intervals), practical threshold " + Format.plain(s.practicalThresholdPercent()) + " %, "
                + s.bootstrapResamples() + " bootstrap resamples, random seed " + s.randomSeed()
                + ". Tap “method” under a figure for how it was computed.", "bb-share-muted");
        return footer;
    }
}
