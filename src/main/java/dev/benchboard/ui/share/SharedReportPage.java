package dev.benchboard.ui.share;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.export.CandidateHeadline;
import dev.benchboard.export.ExportTable;
import dev.benchboard.export.RegressionLine;
import dev.benchboard.export.SharedReport;
import dev.benchboard.format.Figures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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


    /** The page for a snapshot in the reader's language, as UTF-8 bytes. */
    public static byte[] render(SharedReport shared, String token, Locale locale) {
        return html(shared, token, new PageText(locale)).getBytes(StandardCharsets.UTF_8);
    }

    /** The one answer for every link that does not open (unknown, revoked, expired: deliberately alike), sent with 404. */
    public static byte[] notFound(Locale locale) {
        PageText text = new PageText(locale);
        return message(text, "share-not-found", text.get("share.not-found.heading"), text.get("share.not-found.title"),
                text.get("share.not-found.text"), text.get("share.not-found.ask"));
    }

    /** What a reader sees when a snapshot cannot be shown: no class name or message, a reference to find it in the log. */
    public static byte[] unavailable(String reference, Locale locale) {
        PageText text = new PageText(locale);
        return message(text, "share-unavailable", text.get("share.unavailable.heading"), text.get("share.unavailable.title"),
                text.get("share.unavailable.text", reference));
    }

    private static byte[] message(PageText text, String id, String heading, String title, String... paragraphs) {
        Document document = document(title, text.locale());
        Element page = document.body().appendElement("main").addClass("bb-share-root").appendElement("div")
                .addClass("bb-share-page").id(id);
        Markup.text(page, "span", text.get("app.title"), "bb-share-brand");
        Markup.text(page, "h1", heading);
        for (String p : paragraphs) Markup.text(page, "p", p);
        return document.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    static String html(SharedReport shared, String token, PageText text) {
        JsonNode report = shared.report();
        StatisticsSettings settings = SnapshotRecords.read(report.path("settings"), StatisticsSettings.class);
        Requirements requirements = SnapshotRecords.read(report.path("requirements"), Requirements.class);
        String confidence = ShareFormat.confidence(settings == null ? null : settings.alpha());
        List<CandidateHeadline> candidates = CandidateHeadline.all(report);

        Document document = document(text.get("share.page.title", shared.title()), text.locale());
        Element page = document.body().appendElement("main").addClass("bb-share-root").appendElement("div").addClass("bb-share-page");
        Markup.text(page, "span", text.get("share.page.brand"), "bb-share-brand");
        Markup.text(page, "h1", shared.title()).id("share-title");
        page.appendChild(snapshotLine(shared, text));
        page.appendChild(actions(token, text));

        page.appendChild(RecommendationSection.of(SharedDecision.of(shared.decision()), text));

        Element figures = Markup.section("share-figures-section", text.get("share.figures.title"));
        if (candidates.isEmpty()) Markup.text(figures, "p", text.get("share.figures.none"));
        else {
            FiguresTable.appendTo(figures, candidates, confidence, text);
            notes(figures, candidates);
        }
        page.appendChild(figures);

        ShareChartData charts = ShareChartData.of(candidates, requirements == null ? null : requirements.p99SloMs(),
                confidence, text);
        if (!charts.isEmpty()) page.appendChild(charts(charts, text));

        List<RegressionLine> regressions = RegressionLine.all(report);
        Element regressionSection = Markup.section("share-regressions-section", text.get("share.regressions.title"));
        if (regressions.isEmpty()) {
            Markup.text(regressionSection, "p", text.get("share.regressions.none"));
        } else {
            RegressionsTable.appendTo(regressionSection, regressions, text);
        }
        page.appendChild(regressionSection);

        page.appendChild(requirements(requirements, text));
        page.appendChild(sources(shared.sources(), text));
        if (settings != null) page.appendChild(settings(settings, confidence, text));
        return document.outerHtml();
    }

    /** The document's frame; {@code lang} says the reader's language (fonts, hyphenation, screen readers). */
    private static Document document(String title, Locale locale) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.insertChildren(0, new DocumentType("html", "", ""));
        Element html = document.selectFirst("html").attr("lang", locale.toLanguageTag()).attr("data-bb-static", "");
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

    private static Element snapshotLine(SharedReport shared, PageText text) {
        Element line = Markup.block(null);
        Markup.text(line, "p", text.get("share.page.snapshot", Figures.instant(shared.snapshotTakenAt(), text.locale()))
                + (shared.expiresAt() == null ? "" : text.get("share.page.expires", Figures.instant(shared.expiresAt(), text.locale()))),
                "bb-share-muted").id("share-snapshot");
        return line.child(0);
    }

    /**
     * Print (the page's script prints on click; without it the browser's own print does the same) and
     * the snapshot's downloads, relative to the page ({@code /r/{token}} → {@code {token}/report.json}).
     */
    private static Element actions(String token, PageText text) {
        Element actions = Markup.block(null, "bb-share-actions", "bb-print-hide");
        Markup.text(actions, "button", text.get("share.page.print"), "bb-share-button").id("share-print").attr("type", "button");
        Element links = actions.appendElement("div").addClass("bb-share-downloads");
        download(links, "download-json", token + "/report.json", "snapshot.json", text.get("share.page.download-json"));
        for (ExportTable table : ExportTable.values()) {
            download(links, "download-" + table.urlName(), token + "/export/" + table.urlName() + ".csv",
                    table.urlName() + ".csv", text.get("share.downloads.csv", tableDescription(table, text)));
        }
        return actions;
    }

    private static void download(Element parent, String id, String href, String text, String title) {
        Markup.text(parent, "a", "⤓ " + text, "bb-share-download").id(id).attr("href", href).attr("download", "")
                .attr("title", title);
    }

    private static Element charts(ShareChartData data, PageText text) {
        Element section = Markup.section("share-charts-section", text.get("share.charts.title"));
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

    private static Element requirements(Requirements r, PageText text) {
        Element section = Markup.section("share-requirements", text.get("share.requirements.title"));
        Element list = section.appendElement("div").addClass("bb-kv");
        String notSet = text.get("share.requirements.not-set");
        kv(list, text.get("share.requirements.target-load"), r == null || r.targetQps() == null ? notSet
                : Figures.withUnit(r.targetQps(), "req/s"));
        kv(list, text.get("share.requirements.p99-slo"), r == null || r.p99SloMs() == null ? notSet
                : Figures.withUnit(r.p99SloMs(), "ms"));
        kv(list, text.get("share.requirements.availability-slo"), r == null || r.availabilitySlo() == null ? notSet
                : Figures.availability(r.availabilitySlo()));
        kv(list, text.get("share.requirements.headroom"), r == null || r.headroomPercent() == null ? notSet
                : Figures.withUnit(r.headroomPercent(), "%"));
        kv(list, text.get("share.requirements.redundancy"), r == null || r.redundancy() == null ? notSet
                : "N + " + r.redundancy());
        return section;
    }

    private static void kv(Element list, String label, String value) {
        Markup.text(list, "span", label, "bb-share-muted");
        Markup.text(list, "span", value);
    }

    /** The uploads, collapsed: a reader checks files against the report rarely, and a phone would scroll past them first. */
    private static Element sources(List<dev.benchboard.share.SharedSnapshot.SourceUpload> sources, PageText text) {
        Element details = Markup.block(null).appendElement("details").id("share-uploads-section").addClass("bb-share-section");
        Markup.text(details, "summary", text.get("share.sources.summary", Figures.count(sources.size(),
                text.get("share.sources.upload.one"), text.get("share.sources.upload.other"))), "bb-share-summary");
        SourcesTable.appendTo(details, sources, text);
        return details;
    }

    /** What each candidate lacks and the load-test caveats, in the report's words. */
    private static void notes(Element parent, List<CandidateHeadline> candidates) {
        Element list = parent.appendElement("ul").id("share-notes").addClass("bb-share-notes");
        for (CandidateHeadline c : candidates) {
            for (String note : c.notes()) Markup.text(list, "li", c.candidate() + ": " + note);
        }
    }

    private static Element settings(StatisticsSettings s, String confidence, PageText text) {
        Element footer = Markup.block("share-settings", "bb-share-section");
        // Resamples and seed as the settings hold them (no grouping): a reader retypes them to reproduce the figures.
        Markup.text(footer, "p", text.get("share.settings.computed-with", Figures.precise(s.alpha()), confidence,
                Figures.precise(s.practicalThresholdPercent()), String.valueOf(s.bootstrapResamples()),
                String.valueOf(s.randomSeed())), "bb-share-muted");
        return footer;
    }

    /** An export table's description in the reader's words ({@code share.table.<name>}). */
    static String tableDescription(ExportTable table, PageText text) {
        return text.get("share.table." + table.urlName());
    }
}
