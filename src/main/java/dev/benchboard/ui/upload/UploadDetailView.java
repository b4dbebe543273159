package dev.benchboard.ui.upload;

import dev.benchboard.format.Sentence;
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
import dev.benchboard.ingest.FormatRegistry;
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
    private final FormatRegistry formats;
    private UploadView upload;

    public UploadDetailView(UploadService uploads, FormatRegistry formats) {
        this.uploads = uploads;
        this.formats = formats;
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
            add(new H2(getTranslation("upload.detail.not-found")), new Paragraph(getTranslation("upload.detail.not-found.text", raw)),
                    new RouterLink(getTranslation("upload.back"), EvaluationsView.class));
            return;
        }
        add(new RouterLink(getTranslation("upload.detail.to-evaluation"), EvaluationView.class, new RouteParameters("id", String.valueOf(upload.evaluationId()))));
        H2 title = new H2(upload.fileName());
        title.setId("upload-title");
        add(title);
        KeyValues facts = new KeyValues();
        facts.add(getTranslation("upload.detail.candidate"), upload.candidate());
        // The importer's name with its id ("hey CSV (-o csv) (hey-csv)"): the id is what the API and the CLI take.
        String format = formats.find(upload.format()).map(i -> i.displayName() + " (" + upload.format() + ")").orElse(upload.format());
        facts.add(getTranslation("upload.detail.kind-format"), Words.of(upload.kind(), getLocale()) + " · " + format
                + getTranslation(upload.formatDetected() ? "upload.detail.detected" : "upload.detail.chosen"));
        facts.add(getTranslation("upload.detail.importer-version"), upload.importerVersion());
        if (upload.mapping() != null) facts.add(getTranslation("upload.detail.mapping"), upload.mapping());
        facts.add(getTranslation("upload.detail.size"), Figures.bytes(upload.sizeBytes()) + (upload.gzip() ? " (gzip)" : ""));
        facts.add("SHA-256", upload.sha256());
        facts.add(getTranslation("upload.detail.uploaded"), Format.instant(upload.uploadedAt()));
        String label = upload.label() == null ? Figures.NONE : upload.label();
        facts.add(getTranslation("upload.detail.label"), !upload.baseline() ? label : upload.label() == null
                ? getTranslation("upload.detail.baseline") : getTranslation("upload.detail.baseline-label", upload.label()));
        facts.add(getTranslation("upload.preview.records"),
                UploadFacts.records(this, upload.accepted(), upload.rejected(), upload.skippedLines()));
        if (!upload.settings().isEmpty()) facts.add(getTranslation("upload.preview.settings"), UploadFacts.settings(upload.settings()));
        if (upload.gcTraces() > 0) facts.add("GC", UploadFacts.gc(this, upload.gcTraces(), upload.gcCycles()));
        if (upload.chaosExperiments() > 0) {
            facts.add(getTranslation("upload.preview.chaos"), UploadFacts.chaos(this, upload.chaosExperiments(), upload.outages()));
        }
        add(facts);
        if (!upload.warnings().isEmpty()) {
            add(new H3(getTranslation("upload.detail.warnings")));
            upload.warnings().forEach(w -> add(new Paragraph("⚠ " + w.in(getLocale()))));
        }
        if (!upload.errors().isEmpty()) {
            add(new H3(getTranslation("upload.detail.rejected", Figures.count(upload.errors().size()),
                    Figures.count(upload.problemCount()))));
            Grid<String> errors = new Grid<>();
            errors.addColumn(s -> s).setHeader(getTranslation("upload.detail.problem"));
            errors.setItems(Sentence.in(upload.errors(), getLocale()));
            errors.setAllRowsVisible(true);
            add(errors);
        }
        if (!upload.runs().isEmpty()) {
            add(new H3(getTranslation("upload.detail.runs")));
            Grid<RunSummary> runs = RunsGrid.of(upload.runs(), Integer.MAX_VALUE, upload.format());
            add(runs);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.detail.page-title", upload == null ? getTranslation("upload.detail.not-found") : upload.fileName());
    }

}
