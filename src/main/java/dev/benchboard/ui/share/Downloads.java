package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.benchboard.export.ExportTable;
import java.util.Locale;

/**
 * Download links for a report: its JSON and each CSV table, under one base path
 * ({@code api/evaluations/{id}} for the owner, {@code r/{token}} for a share link). The paths are
 * relative, so they resolve against the app's base URL, and the router is told to leave them alone.
 */
final class Downloads {

    private Downloads() {
    }

    static Div links(String base, String jsonLabel, Locale locale) {
        PageText text = new PageText(locale);
        Div links = new Div(anchor("download-json", base + "/report.json", jsonLabel));
        for (ExportTable table : ExportTable.values()) {
            Anchor csv = anchor("download-" + table.urlName(), base + "/export/" + table.urlName() + ".csv",
                    table.urlName() + ".csv");
            csv.setTitle(text.get("share.downloads.csv", SharedReportPage.tableDescription(table, text)));
            links.add(csv);
        }
        links.addClassName("bb-share-downloads");
        return links;
    }

    private static Anchor anchor(String id, String href, String text) {
        Anchor anchor = new Anchor(href, VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(text);
        anchor.setId(id);
        anchor.setDownload(true);
        anchor.setRouterIgnore(true);
        anchor.addClassName("bb-share-download");
        return anchor;
    }
}
