package dev.benchboard.ui.upload;

import dev.benchboard.format.Sentence;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.ingest.StatedCores;
import dev.benchboard.ingest.format.cli.StatedLoad;
import dev.benchboard.evidence.RunSummary;
import dev.benchboard.ingest.UploadRefused;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.ui.KeyValues;
import dev.benchboard.ui.evaluation.EvaluationView;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * One received file on the upload page: parsed in the background (dry run) with progress, then shown
 * with its preview, warnings and row errors until the user stores or discards it.
 */
class PendingFile extends Div {

    private final UploadResultsView page;
    private final String fileName;
    private final File file;
    private final UI ui;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div body = new Div();
    private final FileSettings settings;
    private String formatOverride;
    /** What the shown preview was made with; Store stores exactly that, whatever the form says by then. */
    private UploadRequest previewed;
    private State state = State.READING;
    /** Why the file was not stored (refusal or what needs the user's decision), for Store all's summary. */
    private String notStoredReason;
    /** Counts the calls made; a result of an older call (settings changed while it read) is dropped. */
    private int calls;

    /** Where the file stands: only READY files are stored by "Store all". */
    enum State { READING, READY, NEEDS_DECISION, REFUSED, STORING, STORED }

    PendingFile(UploadResultsView page, String fileName, File file, UI ui) {
        this.page = page;
        this.fileName = fileName;
        this.file = file;
        this.ui = ui;
        addClassName("bb-card");
        getStyle().set("width", "100%").set("box-sizing", "border-box");
        getElement().setAttribute("data-file", fileName);
        status.addClassName("bb-upload-status");
        progress.setMin(0);
        progress.setMax(1);
        settings = page.fileSettings(this::preview);
        add(new H4(fileName + " · " + Figures.bytes(file.length())), settings, status, progress, body);
        preview();
    }

    /** Reads the file with its own candidate, label and load, and the form's other hints (also when retrying). */
    private void preview() {
        previewed = page.request(fileName, formatOverride, true, false, settings);
        state = State.READING;
        page.fileStateChanged();
        run(previewed, outcome -> showPreview(outcome.preview()), null);
    }

    /**
     * Stores the file as previewed. Taking the form's values now instead would store a file previewed
     * for one candidate under another one picked since (e.g. when dropping the next candidate's files).
     */
    private void store(boolean keepValidRows) {
        store(keepValidRows, null);
    }

    /** Stores as previewed; {@code done} (may be null) learns whether it was stored, on the UI thread. */
    void store(boolean keepValidRows, java.util.function.Consumer<Boolean> done) {
        UploadRequest p = previewed;
        state = State.STORING;
        settings.setEnabled(false);
        run(new UploadRequest(p.evaluationId(), p.candidate(), p.fileName(), p.kind(), p.format(), p.label(),
                p.baseline(), false, keepValidRows, p.hints(), p.framework()), outcome -> {
                    showStored(outcome.stored());
                    if (done != null) done.accept(true);
                }, done);
    }

    State state() { return state; }

    String fileName() { return fileName; }

    String notStoredReason() { return notStoredReason; }

    /** Runs one upload call in the background, pushing progress and the result to the page. */
    private void run(UploadRequest request, java.util.function.Consumer<UploadService.Outcome> done,
                     java.util.function.Consumer<Boolean> failed) {
        body.removeAll();
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation(request.dryRun() ? "upload.file.reading" : "upload.file.storing"));
        int call = ++calls;
        java.util.function.BooleanSupplier current = () -> call == calls;
        page.executor().execute(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                UploadService.Outcome outcome = page.uploads().upload(request, in, (phase, bytes, total) ->
                        ui.access(() -> {
                            if (!current.getAsBoolean()) return;
                            status.setText(getTranslation("upload.file.progress", phase(phase), Figures.bytes(bytes),
                                    Figures.bytes(total)));
                            progress.setValue(total == 0 ? 1 : Math.min(1, (double) bytes / total));
                        }));
                ui.access(() -> {
                    if (!current.getAsBoolean()) return;
                    progress.setVisible(false);
                    done.accept(outcome);
                });
            } catch (UploadRefused refused) {
                ui.access(() -> { if (current.getAsBoolean()) refused(refused, failed); });
            } catch (IOException | RuntimeException e) {
                ui.access(() -> {
                    if (current.getAsBoolean()) refused(new UploadRefused(500, dev.benchboard.ingest.UploadError.message(
                            getTranslation("upload.file.read-failed", String.valueOf(e.getMessage())))), failed);
                });
            }
        });
    }

    private void refused(UploadRefused refused, java.util.function.Consumer<Boolean> failed) {
        showRefused(refused);
        if (failed != null) failed.accept(false);
    }

    private void showPreview(UploadService.Preview p) {
        status.setText(getTranslation(p.formatDetected() ? "upload.file.detected" : "upload.file.read-as-format", p.formatName())
                + " · " + Words.of(p.kind(), getLocale()) + (p.gzip() ? " · gzip" : ""));
        body.removeAll();
        getElement().setAttribute("data-format", p.format());
        getElement().setAttribute("data-candidate", previewed.candidate());
        KeyValues facts = new KeyValues();
        facts.add(getTranslation("upload.preview.stored-for"), previewed.candidate()
                + (previewed.baseline() ? getTranslation("upload.preview.baseline") : "")
                + (previewed.label() == null || previewed.label().isBlank() ? ""
                        : getTranslation("upload.preview.label", previewed.label())));
        String load = statedLoad(previewed.hints());
        if (!load.isEmpty()) facts.add(getTranslation("upload.preview.stated"), load);
        facts.add(getTranslation("upload.preview.records"), UploadFacts.records(this, p.accepted(), p.rejected(), p.skippedLines()));
        facts.add("SHA-256", p.sha256());
        if (!p.settings().isEmpty()) facts.add(getTranslation("upload.preview.settings"), UploadFacts.settings(p.settings()));
        if (p.gcTraces() > 0) facts.add("GC", UploadFacts.gc(this, p.gcTraces(), p.gcCycles()));
        if (p.chaosExperiments() > 0) {
            facts.add(getTranslation("upload.preview.chaos"), UploadFacts.chaos(this, p.chaosExperiments(), p.outages()));
        }
        body.add(facts);
        if (p.duplicateOf() != null) {
            body.add(warning(getTranslation("upload.preview.duplicate", String.valueOf(p.duplicateOf()))));
        }
        p.warnings().forEach(w -> body.add(warning(w.in(getLocale()))));
        if (!p.runs().isEmpty()) body.add(runs(p.runs(), p.format()));
        if (!p.errors().isEmpty()) body.add(errors(Sentence.in(p.errors(), getLocale()), p.problemCount()));

        Select<String> format = new Select<>();
        format.setLabel(getTranslation("upload.preview.read-as"));
        List<String> ids = new ArrayList<>();
        page.importers().forEach(i -> ids.add(i.format()));
        format.setItems(ids);
        format.setItemLabelGenerator(this::formatName);
        format.setValue(p.format());
        format.addValueChangeListener(e -> {
            formatOverride = e.getValue();
            preview();
        });
        Button store = new Button(getTranslation("upload.preview.store"), click -> store(false));
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        store.addClassName("bb-store");
        store.setEnabled(p.rejected() == 0 && p.duplicateOf() == null);
        state = store.isEnabled() ? State.READY : State.NEEDS_DECISION;
        notStoredReason = p.duplicateOf() != null ? getTranslation("upload.preview.already-uploaded", String.valueOf(p.duplicateOf()))
                : p.rejected() > 0 ? getTranslation("upload.preview.needs-decision", Figures.count(p.rejected())) : null;
        settings.setEnabled(true);
        page.fileStateChanged();
        Button keepValid = new Button(getTranslation("upload.preview.store-valid", Figures.count(p.accepted())), click -> store(true));
        keepValid.setVisible(p.rejected() > 0 && p.accepted() > 0 && p.duplicateOf() == null);
        Button discard = new Button(getTranslation("upload.preview.discard"), click -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(format, store, keepValid, discard);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        body.add(actions);
    }

    private void showStored(UploadView stored) {
        state = State.STORED;
        page.fileStateChanged();
        status.setText(getTranslation("upload.file.stored", String.valueOf(stored.id()), stored.candidate(),
                Figures.count(stored.accepted(), getTranslation("upload.record.one"), getTranslation("upload.record.other"))));
        body.removeAll();
        if (!stored.runs().isEmpty()) body.add(runs(stored.runs(), stored.format()));
        body.add(new RouterLink(getTranslation("upload.file.open-evaluation"), EvaluationView.class,
                new RouteParameters("id", String.valueOf(stored.evaluationId()))));
        getElement().setAttribute("data-stored", String.valueOf(stored.id()));
        deleteTemp();
    }

    private void showRefused(UploadRefused refused) {
        state = State.REFUSED;
        notStoredReason = refused.body().error().in(getLocale());
        settings.setEnabled(true);
        page.fileStateChanged();
        progress.setVisible(false);
        status.setText(getTranslation("upload.file.not-stored"));
        body.removeAll();
        Paragraph message = new Paragraph(notStoredReason);
        message.addClassName("bb-error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(message);
        if (refused.body().problems() != null && !refused.body().problems().isEmpty()) {
            body.add(errors(Sentence.in(refused.body().problems(), getLocale()), refused.body().problemCount()));
        }
        Select<String> format = new Select<>();
        format.setLabel(getTranslation("upload.file.try-reading-as"));
        List<String> ids = new ArrayList<>();
        for (Importer i : page.importers()) ids.add(i.format());
        format.setItems(ids);
        format.setItemLabelGenerator(this::formatName);
        format.addValueChangeListener(e -> {
            formatOverride = e.getValue();
            preview();
        });
        HorizontalLayout actions = new HorizontalLayout(format, new Button(getTranslation("upload.preview.discard"), click -> discard()));
        if (ColumnMappingDialog.offered(refused)) {
            actions.addComponentAsFirst(ColumnMappingDialog.opener(page, previewed, file.toPath(), this::showStored));
        }
        body.add(actions);
    }

    /** The load and cores the user stated for this file, in words ("" when none). */
    private String statedLoad(java.util.Map<String, String> hints) {
        List<String> parts = new ArrayList<>();
        if (hints.containsKey(StatedLoad.CONCURRENCY)) parts.add(getTranslation("upload.stated.concurrency", hints.get(StatedLoad.CONCURRENCY)));
        if (hints.containsKey(StatedLoad.RATE)) parts.add(getTranslation("upload.stated.rate", hints.get(StatedLoad.RATE)));
        if (hints.containsKey(StatedCores.HINT)) parts.add(getTranslation("upload.stated.cores", hints.get(StatedCores.HINT)));
        return String.join(" · ", parts);
    }

    /** A progress phase of the upload service ("parsing", "storing") in the reader's words. */
    private String phase(String phase) {
        return switch (phase) {
            case "received", "parsing", "storing", "done" -> getTranslation("upload.phase." + phase);
            default -> phase;
        };
    }

    /** A format id ("hey-csv") as its importer names it ("hey CSV (hey-csv)"), as the page's format select does. */
    private String formatName(String id) {
        for (Importer i : page.importers()) {
            if (i.format().equals(id)) return i.displayName() + " (" + id + ")";
        }
        return id;
    }

    private static Grid<RunSummary> runs(List<RunSummary> runs, String format) {
        Grid<RunSummary> grid = RunsGrid.of(runs, RunsGrid.PREVIEW_ROWS, format);
        grid.addClassName("bb-preview-runs");
        return grid;
    }

    private static Div errors(List<String> errors, Long total) {
        Grid<String> grid = new Grid<>();
        grid.addColumn(s -> s).setHeader(grid.getTranslation("upload.preview.row-problems", Figures.count(errors.size()),
                total == null ? Figures.NONE : Figures.count(total)));
        grid.setItems(errors);
        grid.setAllRowsVisible(errors.size() <= 10);
        grid.addClassName("bb-error-table");
        return new Div(grid);
    }

    private static Span warning(String text) {
        Span s = new Span("⚠ " + text);
        s.getStyle().set("display", "block").set("color", "var(--lumo-warning-text-color, #7a5b00)");
        s.addClassName("bb-warning");
        return s;
    }


    private void discard() {
        deleteTemp();
        removeFromParent();
        page.fileStateChanged();
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // the temp folder is cleaned by the OS; nothing was stored
        }
    }
}
