package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import dev.benchboard.ui.Format;
import dev.benchboard.ui.Confirm;
import dev.benchboard.ui.Grids;
import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import java.util.Locale;

/** The uploads of an evaluation with their provenance; each can be deleted (with its data). */
class UploadsPanel extends Div {

    /** An upload's delete button as the browser draws it; its label is bound as text. */
    private static final String DELETE_BUTTON = """
            <vaadin-button theme="tertiary error small" aria-label="${item.label}" @click="${remove}">\
            <vaadin-icon icon="vaadin:trash"></vaadin-icon></vaadin-button>""";

    /**
     * The concurrency (and stated rate) the upload's runs ran at, "stated" when typed on upload rather than
     * printed by the tool, "not stated" for load tests of unknown load (they are not compared): so c16 and c64
     * hey runs can be told apart, and one whose load was forgotten is seen at once.
     */
    static String load(UploadView u, Locale locale) {
        if (u.kind() != dev.benchboard.evidence.DataKind.BENCHMARK) return "";
        java.util.List<String> levels = u.runs().stream().map(dev.benchboard.evidence.RunSummary::concurrency)
                .filter(java.util.Objects::nonNull).distinct().sorted()
                .map(c -> c == Math.rint(c) ? String.valueOf(c.longValue()) : String.valueOf(c)).toList();
        String rate = u.settings().get(dev.benchboard.ingest.format.cli.StatedLoad.RATE);
        String text = (levels.isEmpty() ? "" : Translations.get(locale, "evaluation.uploads.load.concurrency", String.join(", ", levels)))
                + (rate == null ? "" : (levels.isEmpty() ? "" : " · ") + rate + " req/s");
        if (text.isEmpty()) return Translations.get(locale, "evaluation.uploads.load.not-stated");
        boolean stated = u.settings().containsKey(dev.benchboard.ingest.format.cli.StatedLoad.CONCURRENCY_SOURCE)
                || u.settings().containsKey(dev.benchboard.ingest.format.cli.StatedLoad.RATE_SOURCE);
        return stated ? Translations.get(locale, "evaluation.uploads.load.stated", text) : text;
    }

    UploadsPanel(UploadService uploads, long evaluationId, Runnable changed) {
        setWidthFull();
        setId("uploads");
        add(new H3(getTranslation("evaluation.uploads.title")));
        Locale locale = getLocale();
        List<UploadView> all = uploads.list(evaluationId);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("evaluation.uploads.empty")));
            return;
        }
        Grid<UploadView> grid = new Grid<>();
        // The whole name, wrapped rather than cut to "go-bench/…"; a click on a row opens its provenance page.
        Grids.text(grid, UploadView::fileName, getTranslation("evaluation.uploads.file"), "12em");
        Grids.figure(grid, UploadView::candidate, getTranslation("evaluation.candidates.candidate"));
        Grids.figure(grid, u -> Words.of(u.kind(), locale) + " · " + u.format(), getTranslation("evaluation.uploads.kind-format"));
        Grids.figure(grid, u -> u.rejected() > 0
                        ? getTranslation("evaluation.uploads.records.rejected", Figures.count(u.accepted()), Figures.count(u.rejected()))
                        : Figures.count(u.accepted()), getTranslation("evaluation.uploads.records"), UploadView::accepted)
                // The importer's warnings (a cut-off last line, a second header …) in the reader's language.
                .setTooltipGenerator(u -> u.warnings().isEmpty() ? null
                        : String.join("\n", dev.benchboard.format.Sentence.in(u.warnings(), locale)));
        Grids.figure(grid, u -> u.baseline() ? getTranslation("evaluation.uploads.baseline") : (u.label() == null ? "" : u.label()),
                getTranslation("evaluation.uploads.label"));
        Grids.figure(grid, u -> load(u, locale), getTranslation("evaluation.uploads.load"));
        Grids.figure(grid, u -> Format.instant(u.uploadedAt()), getTranslation("evaluation.uploads.uploaded"), UploadView::uploadedAt);
        Grids.figure(grid, u -> u.sha256().substring(0, 12) + "…", "SHA-256").setTooltipGenerator(UploadView::sha256);
        // The delete button drawn by the browser from a template, not a server component per row (issue 15: with 40
        // uploads, 80 components with their icons were created and attached on every visit); none for viewers.
        Grid.Column<UploadView> actions = grid.addColumn(LitRenderer.<UploadView>of(!CurrentUser.canEdit() ? "" : DELETE_BUTTON)
                .withProperty("label", u -> getTranslation("evaluation.uploads.delete-named", u.fileName()))
                .withFunction("remove", u -> Confirm.destructive(getTranslation("evaluation.uploads.delete.confirm.title", u.fileName()),
                        getTranslation("evaluation.uploads.delete.confirm.text"), getTranslation("evaluation.delete"), () -> {
                            uploads.delete(u.id());
                            changed.run();
                        }))).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != actions) {
                e.getSource().getUI().ifPresent(ui -> ui.navigate("uploads/" + e.getItem().id()));
            }
        });
        grid.addClassName("bb-clickable-rows");
        Grids.readable(grid);
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 15);
        add(grid);
    }
}
