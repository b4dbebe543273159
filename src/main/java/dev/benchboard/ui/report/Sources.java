package dev.benchboard.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.evidence.SourceRef;
import java.util.List;

/** "from: file.txt, other.csv" with each file linking to its upload's provenance page. */
final class Sources {

    private Sources() {
    }

    static Span of(List<SourceRef> sources) {
        Span span = new Span();
        span.add(span.getTranslation("report.sources.from") + " ");
        span.addClassName("bb-source");
        return links(span, sources);
    }

    /** "A: a.txt · B: b.txt, c.txt" for a comparison: each side's files, each linking to its upload. */
    static Span sides(List<SourceRef> baseline, List<SourceRef> candidate) {
        Span span = new Span();
        span.addClassName("bb-source");
        span.add("A: ");
        links(span, baseline);
        span.add(" · B: ");
        return links(span, candidate);
    }

    private static Span links(Span span, List<SourceRef> sources) {
        if (sources == null || sources.isEmpty()) {
            span.add(span.getTranslation("report.sources.none"));
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
