package dev.benchboard.ui.share;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A plain HTML table in a horizontally scrolling box: prints in full, can be selected and copied,
 * and stays readable on a phone (the table scrolls, the page does not). Written as {@link Markup}.
 */
final class HtmlTable {

    private final Element body;

    /** The table, appended to {@code parent}: {@code div.bb-share-scroll > table#id.bb-share-table}. */
    HtmlTable(Element parent, String id, List<String> headers) {
        Element table = parent.appendElement("div").addClass("bb-share-scroll").appendElement("table");
        table.id(id).addClass("bb-share-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String header : headers) Markup.text(head, "th", header);
        body = table.appendElement("tbody");
    }

    Element row() {
        return body.appendElement("tr");
    }

    static Element rowHeader(Element row, String text) {
        return Markup.text(row, "th", text).attr("scope", "row");
    }

    static Element cell(Element row, String text) {
        return Markup.text(row, "td", text == null ? "–" : text);
    }

    static Element numeric(Element row, String text) {
        return cell(row, text).addClass("bb-share-num");
    }
}
