package dev.benchboard.ui.share;

import dev.benchboard.share.SharedSnapshot;
import java.util.List;
import org.jsoup.nodes.Element;

/** The uploads a snapshot was computed from: file, SHA-256 prefix (full hash in the tooltip), candidate. */
final class SourcesTable {

    private SourcesTable() {
    }

    static void appendTo(Element parent, List<SharedSnapshot.SourceUpload> sources) {
        HtmlTable table = new HtmlTable(parent, "share-sources", List.of("File", "SHA-256", "Candidate"));
        for (SharedSnapshot.SourceUpload s : sources) {
            Element tr = table.row();
            HtmlTable.cell(tr, s.fileName());
            HtmlTable.cell(tr, ShareFormat.shaPrefix(s.sha256())).attr("title", s.sha256());
            HtmlTable.cell(tr, s.candidate());
        }
    }
}
