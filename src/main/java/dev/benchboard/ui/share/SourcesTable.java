package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.NativeTableRow;
import dev.benchboard.share.SharedSnapshot;
import java.util.List;

/** The uploads a snapshot was computed from: file, SHA-256 prefix (full hash in the tooltip), candidate. */
final class SourcesTable {

    private SourcesTable() {
    }

    static HtmlTable of(List<SharedSnapshot.SourceUpload> sources) {
        HtmlTable table = new HtmlTable("share-sources", List.of("File", "SHA-256", "Candidate"));
        for (SharedSnapshot.SourceUpload s : sources) {
            NativeTableRow tr = table.row();
            HtmlTable.cell(tr, s.fileName());
            HtmlTable.cell(tr, ShareFormat.shaPrefix(s.sha256())).getElement().setAttribute("title", s.sha256());
            HtmlTable.cell(tr, s.candidate());
        }
        return table;
    }
}
