package dev.benchboard.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.report.SourceRef;
import java.util.List;

/** "from: file.txt, other.csv" with each file linking to its upload's provenance page. */
final class Sources {

    private Sources() {
    }

    static Span of(List<SourceRef> sources) {
        Span span = new Span("from: ");
        span.addClassName("bb-source");
        if (sources == null || sources.isEmpty()) {
            span.add("no upload");
            return span;
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            if (i > 0) span.add(", ");
            Anchor link = new Anchor("uploads/" + s.uploadId(), s.fileName());
            link.getElement().setAttribute("title", s.format() + " · SHA-256 " + s.sha256());
            span.add(link);
        }
        return span;
    }
}
