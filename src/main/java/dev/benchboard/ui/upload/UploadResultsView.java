package dev.benchboard.ui.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.ingest.FormatRegistry;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.format.Figures;
import dev.benchboard.security.Roles;
import dev.benchboard.ui.evaluation.EvaluationView;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.core.task.TaskExecutor;

/**
 * Upload result files: drop several, see each one's detected format, a preview of what it yields and
 * its row errors, then store it (or only its valid rows) or discard it. Parsing runs in the
 * background with a progress bar; the page stays responsive.
 */
@Route("evaluations/:id/upload")
@RolesAllowed(Roles.EDITOR)
public class UploadResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The format select's value for "detect from content" (no importer has this id). */
    static final String AUTO = "auto";
    /** The kind select's values; their words are {@code upload.form.kind.<value>}. */
    private static final String ANY_KIND = "any";
    static final int MAX_FILES_PER_DROP = 20;

    private final EvaluationService evaluations;
    private final UploadService uploads;
    private final FormatRegistry formats;
    private final Executor executor;
    private EvaluationDetails evaluation;

    final ComboBox<String> candidate = new ComboBox<>(getTranslation("upload.form.candidate"));
    final Select<String> kind = new Select<>();
    final Select<String> format = new Select<>();
    final TextField label = new TextField(getTranslation("upload.form.label"));
    final Checkbox baseline = new Checkbox(getTranslation("upload.form.baseline"));
    final TextField windowStart = new TextField(getTranslation("upload.form.window-start"));
    final TextField windowEnd = new TextField(getTranslation("upload.form.window-end"));
    final TextField gogc = new TextField(getTranslation("upload.form.gogc"));
    final TextField gcWindowStart = new TextField(getTranslation("upload.form.gc-window-start"));
    final TextField gcWindowEnd = new TextField(getTranslation("upload.form.gc-window-end"));
    final Select<String> unit = new Select<>();
    final TextField concurrency = new TextField(getTranslation("upload.form.concurrency"));
    final TextField rate = new TextField(getTranslation("upload.form.rate"));
    final TextField cores = new TextField(getTranslation("upload.form.cores"));
    private final VerticalLayout files = new VerticalLayout();
    private StoreAllBar storeAll;
    private final Span rejected = new Span();

    public UploadResultsView(EvaluationService evaluations, UploadService uploads, FormatRegistry formats,
                             TaskExecutor executor) {
        this.evaluations = evaluations;
        this.uploads = uploads;
        this.formats = formats;
        this.executor = executor;
    }

    public static RouteParameters parameters(long evaluationId) {
        return new RouteParameters("id", String.valueOf(evaluationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            evaluation = evaluations.get(Long.parseLong(raw));
        } catch (NumberFormatException | NotFoundException e) {
            evaluation = null;
            add(new H2(getTranslation("upload.not-found.evaluation")), new RouterLink(getTranslation("upload.back"),
                    dev.benchboard.ui.evaluation.EvaluationsView.class));
            return;
        }
        render(event.getLocation().getQueryParameters().getParameters().getOrDefault("candidate", java.util.List.of()));
    }

    @Override
    public String getPageTitle() {
        return evaluation == null ? getTranslation("upload.page-title") : getTranslation("upload.page-title.of", evaluation.name());
    }

    private void render(java.util.List<String> preselected) {
        // The evaluation's tab bar, as on its other pages.
        add(sectionTabs());
        add(new H2(getTranslation("upload.title", evaluation.name())));
        add(new Paragraph(getTranslation("upload.intro")));

        candidate.setId("upload-candidate");
        candidate.setItems(evaluation.candidates().stream().map(CandidateView::name).toList());
        candidate.setAllowCustomValue(true);
        candidate.addCustomValueSetListener(e -> candidate.setValue(e.getDetail()));
        candidate.setHelperText(getTranslation("upload.form.candidate.helper"));
        candidate.setRequiredIndicatorVisible(true);
        if (!preselected.isEmpty()) candidate.setValue(preselected.getFirst());

        kind.setLabel(getTranslation("upload.form.kind"));
        kind.setItems(ANY_KIND, "benchmark", "gc", "chaos");
        kind.setItemLabelGenerator(k -> getTranslation("upload.form.kind." + k));
        kind.setValue(ANY_KIND);
        format.setLabel(getTranslation("upload.form.format"));
        format.setId("upload-format");
        Map<String, String> names = new LinkedHashMap<>();
        names.put(AUTO, getTranslation("upload.form.format.auto"));
        formats.all().forEach(i -> names.put(i.format(), i.displayName() + " (" + i.format() + ")"));
        format.setItems(names.keySet());
        format.setItemLabelGenerator(names::get);
        format.setValue(AUTO);
        baseline.setId("upload-baseline");
        label.setId("upload-label");
        label.setHelperText(getTranslation("upload.form.label.helper"));
        windowStart.setHelperText(getTranslation("upload.form.window-start.helper"));
        windowEnd.setHelperText("ISO-8601");
        gcWindowStart.setId("upload-gc-window-start");
        gcWindowEnd.setId("upload-gc-window-end");
        gcWindowStart.setHelperText(getTranslation("upload.form.gc-window-start.helper"));
        gcWindowEnd.setHelperText(getTranslation("upload.form.gc-window-end.helper"));
        unit.setLabel(getTranslation("upload.form.unit"));
        unit.setItems("ms", "us", "s");
        unit.setValue("ms");
        concurrency.setId("upload-concurrency");
        concurrency.setHelperText(getTranslation("upload.form.concurrency.helper"));
        rate.setId("upload-rate");
        rate.setHelperText(getTranslation("upload.form.rate.helper"));
        cores.setId("upload-cores");
        cores.setHelperText(getTranslation("upload.form.cores.helper"));

        FormLayout form = new FormLayout(candidate, kind, format, label, baseline);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setColspan(baseline, 2);
        Details hints = new Details(getTranslation("upload.form.format-settings"),
                new FormLayout(windowStart, windowEnd, gogc, gcWindowStart, gcWindowEnd, unit, concurrency, rate, cores));

        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> received(metadata.fileName(), file)));
        upload.setId("upload");
        upload.setI18n(dev.benchboard.ui.i18n.ComponentTexts.upload(getLocale()));
        upload.setMaxFiles(MAX_FILES_PER_DROP);
        // Each received file gets its own card below, so the component's own list is cleared once a drop
        // is done: otherwise its limit counts every file of the visit and, after 20, silently drops the rest.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> rejected.setText(getTranslation("upload.rejected", e.getFileName(),
                e.getErrorMessage(), Figures.count(MAX_FILES_PER_DROP))));
        upload.addStartedListener(e -> rejected.setText(""));
        rejected.setId("upload-rejected");
        rejected.getStyle().set("color", "var(--lumo-error-text-color)");
        upload.setDropLabel(new Span(getTranslation("upload.drop-label", Figures.count(uploads.limits().maxBytes() / (1 << 20)))));

        files.setPadding(false);
        files.setId("upload-files");
        storeAll = new StoreAllBar(this::pendingFiles);
        add(form, new Paragraph(getTranslation("upload.per-file-note")), hints, upload, rejected, storeAll, files);
    }

    private void received(String fileName, File file) {
        UI ui = UI.getCurrent();
        Runnable add = () -> files.addComponentAsFirst(new PendingFile(this, fileName, file, ui));
        if (ui != null) ui.access(add::run); else add.run();
    }

    /**
     * The evaluation's tab bar, as on its other pages, with this page's tab marked by its address rather than by
     * its name (the tab names are words, and words depend on the reader's language).
     */
    private com.vaadin.flow.component.html.Nav sectionTabs() {
        com.vaadin.flow.component.html.Nav tabs = dev.benchboard.ui.report.ReportPage.navigation(evaluation.id(), null);
        tabs.getChildren().filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(com.vaadin.flow.component.html.Anchor.class::cast)
                .filter(tab -> tab.getHref().endsWith("/upload")).forEach(tab -> tab.addClassName("current"));
        return tabs;
    }

    /** A dropped file's own settings, filled from the form as it stands now. */
    FileSettings fileSettings(Runnable changed) {
        return new FileSettings(evaluation.candidates().stream().map(CandidateView::name).toList(), candidate.getValue(),
                label.getValue(), pageHints(), changed);
    }

    /** The files on the page, in the order shown. */
    java.util.List<PendingFile> pendingFiles() {
        return files.getChildren().filter(PendingFile.class::isInstance).map(PendingFile.class::cast).toList();
    }

    /** A file was read, stored, refused or discarded: "Store all" counts again. */
    void fileStateChanged() {
        if (storeAll != null) storeAll.refresh();
    }

    UploadRequest request(String fileName, String formatOverride, boolean dryRun, boolean keepValidRows, FileSettings own) {
        String chosen = formatOverride != null ? formatOverride : (AUTO.equals(format.getValue()) ? null : format.getValue());
        DataKind k = switch (kind.getValue()) {
            case "benchmark" -> DataKind.BENCHMARK;
            case "gc" -> DataKind.GC;
            case "chaos" -> DataKind.CHAOS;
            default -> null;
        };
        return new UploadRequest(evaluation.id(), own.candidateName(), fileName, k, chosen, own.labelText(),
                baseline.getValue(), dryRun, keepValidRows, own.hints(pageHints()));
    }

    /** The form's format-specific settings as upload hints. */
    private Map<String, String> pageHints() {
        Map<String, String> hints = new LinkedHashMap<>();
        if (!windowStart.isEmpty()) hints.put("windowStart", windowStart.getValue().strip());
        if (!windowEnd.isEmpty()) hints.put("windowEnd", windowEnd.getValue().strip());
        if (!gogc.isEmpty()) hints.put("gogc", gogc.getValue().strip());
        if (!gcWindowStart.isEmpty()) hints.put("gcWindowStart", gcWindowStart.getValue().strip());
        if (!gcWindowEnd.isEmpty()) hints.put("gcWindowEnd", gcWindowEnd.getValue().strip());
        hints.put("unit", unit.getValue());
        if (!concurrency.isEmpty()) hints.put("concurrency", concurrency.getValue().strip());
        if (!rate.isEmpty()) hints.put("rate", rate.getValue().strip());
        if (!cores.isEmpty()) hints.put(dev.benchboard.ingest.StatedCores.HINT, cores.getValue().strip());
        return hints;
    }

    UploadService uploads() { return uploads; }

    Executor executor() { return executor; }

    Iterable<Importer> importers() { return formats.all(); }

    long evaluationId() { return evaluation.id(); }
}
