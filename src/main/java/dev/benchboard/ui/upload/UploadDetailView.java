package dev.benchboard.ui.upload;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.evaluation.EvaluationView;
import dev.benchboard.ui.evaluation.EvaluationsView;

/** Provenance of one upload: the file as received, how it was read, and what it produced. */
@Route("uploads/:id")
@PermitAll
public class UploadDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UploadService uploads;
    private UploadView upload;

    public UploadDetailView(UploadService uploads) {
        this.uploads = uploads;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            upload = uploads.get(Long.parseLong(raw)).orElse(null);
        } catch (NumberFormatException e) {
            upload = null;
        }
        if (upload == null) {
            add(new H2("Upload not found"), new Paragraph("There is no upload with id “" + raw + "”; it may have been deleted."),
                    new RouterLink("Back to the evaluations", EvaluationsView.class));
            return;
        }
        add(new RouterLink("← evaluation", EvaluationView.class, new RouteParameters("id", String.valueOf(upload.evaluationId()))));
        H2 title = new H2(upload.fileName());
        title.setId("upload-title");
        add(title);
        KeyValues facts = new KeyValues();
        facts.add("Candidate", upload.candidate());
        facts.add("Kind · format", Words.of(upload.kind()) + " · " + upload.format()
                + (upload.formatDetected() ? " (detected from the content)" : " (chosen by the user)"));
        facts.add("Importer version", upload.importerVersion());
        if (upload.mapping() != null) facts.add("Column mapping", upload.mapping());
        facts.add("Size", Figures.bytes(upload.sizeBytes()) + (upload.gzip() ? " (gzip)" : ""));
        facts.add("SHA-256", upload.sha256());
        facts.add("Uploaded", Format.instant(upload.uploadedAt()));
        facts.add("Label", upload.baseline() ? "baseline" + (upload.label() == null ? "" : " · " + upload.label())
                : (upload.label() == null ? "–" : upload.label()));
        facts.add("Records", Figures.count(upload.accepted()) + " accepted, " + Figures.count(upload.rejected()) + " rejected, "
                + Figures.count(upload.skippedLines(), "foreign line") + " skipped");
        upload.settings().forEach((k, v) -> facts.add("Setting · " + Words.key(k), Words.setting(k, v).substring(Words.key(k).length()).strip()));
        if (upload.gcTraces() > 0) facts.add("GC", Figures.count(upload.gcTraces(), "trace") + ", " + Figures.count(upload.gcCycles(), "cycle"));
        if (upload.chaosExperiments() > 0) facts.add("Chaos", Figures.count(upload.chaosExperiments(), "experiment") + ", "
                + Figures.count(upload.outages(), "outage"));
        add(facts);
        if (!upload.warnings().isEmpty()) {
            add(new H3("Warnings"));
            upload.warnings().forEach(w -> add(new Paragraph("⚠ " + w)));
        }
        if (!upload.errors().isEmpty()) {
            add(new H3("Rejected records (first " + upload.errors().size() + " of " + upload.problemCount() + ")"));
            Grid<String> errors = new Grid<>();
            errors.addColumn(s -> s).setHeader("Problem");
            errors.setItems(upload.errors());
            errors.setAllRowsVisible(true);
            add(errors);
        }
        if (!upload.runs().isEmpty()) {
            add(new H3("Runs"));
            Grid<RunSummary> runs = RunsGrid.of(upload.runs(), Integer.MAX_VALUE, upload.format());
            add(runs);
        }
    }

    @Override
    public String getPageTitle() {
        return (upload == null ? "Upload not found" : upload.fileName()) + " · Benchboard";
    }

}
