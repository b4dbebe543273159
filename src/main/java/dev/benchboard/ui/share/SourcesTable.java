package dev.benchboard.ui.share;

import dev.benchboard.share.SharedSnapshot;
import java.util.List;
import org.jsoup.nodes.Element;

/** The uploads a snapshot was computed from: file, SHA-256, candidate. */
final class SourcesTable {

    private SourcesTable() {
    }

    static void appendTo(Element parent, List<SharedSnapshot.SourceUpload> sources, PageText text) {
        HtmlTable table = new HtmlTable(parent, "share-sources",
                List.of(text.get("share.sources.file"), "SHA-256", text.get("share.sources.candidate")));
        for (SharedSnapshot.SourceUpload s : sources) {
            Element tr = table.row();
            HtmlTable.cell(tr, s.fileName());
            // The whole hash, as text: a reader checks a file against it (sha256sum), which a prefix cannot do.
            Markup.text(tr.appendElement("td"), "code", s.sha256() == null ? "–" : s.sha256(), "bb-share-sha");
            HtmlTable.cell(tr, s.candidate());
        }
    }
}
