package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.Div;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The read-only blocks of the shared page (tables, lists, the recommendation) written as plain HTML
 * and handed to Vaadin as one node each, instead of one server-side component per row, cell and
 * text. The page never changes after it is rendered, so nothing is lost by it, while every
 * anonymous reader's session holds and sends a fraction of the nodes (measured: about 250 nodes per
 * page before, most of them table cells; see ShareLoadIT). The markup is built with jsoup, which
 * escapes every text and attribute value, and is the same the components produced, so the page's
 * CSS, ids and classes are unchanged.
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

    /** The block as one Vaadin component: its root's id and classes, its content as inner HTML. */
    static Div component(Element block) {
        Div div = new Div();
        if (!block.id().isEmpty()) div.setId(block.id());
        block.classNames().forEach(div::addClassName);
        div.getElement().setProperty("innerHTML", block.html());
        return div;
    }
}
