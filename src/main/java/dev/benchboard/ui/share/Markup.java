package dev.benchboard.ui.share;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The blocks of the shared page (tables, lists, the recommendation) written as plain HTML with
 * jsoup, which escapes every text and attribute value: nothing a user typed (candidate names, file
 * names, titles) can become markup. {@link SharedReportPage} puts the blocks into one document.
 */
final class Markup {

    private Markup() {
    }

    /** A new block: a {@code div} with an id and classes, to fill with {@link Element#appendElement} and friends. */
    static Element block(String id, String... classNames) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);   // no whitespace text between the elements
        Element root = document.body().appendElement("div");
        if (id != null) root.id(id);
        for (String className : classNames) root.addClass(className);
        return root;
    }

    /** A section of the page: the block with its heading. */
    static Element section(String id, String heading) {
        Element section = block(id, "bb-share-section");
        text(section, "h2", heading);
        return section;
    }

    /** A new child element with its text (escaped; none for null, as Vaadin's setText does). */
    static Element text(Element parent, String tag, String text, String... classNames) {
        Element element = parent.appendElement(tag).text(text == null ? "" : text);
        for (String className : classNames) element.addClass(className);
        return element;
    }

}
