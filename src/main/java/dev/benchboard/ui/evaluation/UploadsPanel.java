package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import dev.benchboard.ui.Grids;
import java.util.List;

/** The uploads of an evaluation with their provenance; each can be deleted (with its data). */
class UploadsPanel extends Div {

    /**
     * The concurrency (and stated rate) the upload's runs ran at, "stated" when typed on upload rather than
     * printed by the tool, "not stated" for load tests of unknown load (they are not compared): so c16 and c64
     * hey runs can be told apart, and one whose load was forgotten is seen at once.
     */
    static String load(UploadView u) {
        if (u.kind() != dev.benchboard.evidence.DataKind.BENCHMARK) return "";
        java.util.List<String> levels = u.runs().stream().map(dev.benchboard.evidence.RunSummary::concurrency)
                .filter(java.util.Objects::nonNull).distinct().sorted()
                .map(c -> c == Math.rint(c) ? String.valueOf(c.longValue()) : String.valueOf(c)).toList();
        String rate = u.settings().get(dev.benchboard.ingest.format.cli.StatedLoad.RATE);
        String text = (levels.isEmpty() ? "" : "c " + String.join(", ", levels))
                + (rate == null ? "" : (levels.isEmpty() ? "" : " · ") + rate + " req/s");
        if (text.isEmpty()) return "not stated";
        boolean stated = u.settings().containsKey(dev.benchboard.ingest.format.cli.StatedLoad.CONCURRENCY_SOURCE)
                || u.settings().containsKey(dev.benchboard.ingest.format.cli.StatedLoad.RATE_SOURCE);
        return text + (stated ? " (stated)" : "");
    }

    UploadsPanel(UploadService uploads, long evaluationId, Runnable changed) {
        setWidthFull();
        setId("uploads");
        add(new H3("Uploads"));
        List<UploadView> all = uploads.list(evaluationId);
        if (all.isEmpty()) {
            add(new Paragraph("No results uploaded yet. Measured figures, verdicts and the recommendation appear "
                    + "here once load tests, GC traces or chaos results are uploaded."));
            return;
        }
        Grid<UploadView> grid = new Grid<>();
        // The whole name, wrapped rather than cut to "go-bench/…"; a click on a row opens its provenance page.
        Grids.text(grid, UploadView::fileName, "File", "12em");
        Grids.figure(grid, UploadView::candidate, "Candidate");
        Grids.figure(grid, u -> Words.of(u.kind()) + " · " + u.format(), "Kind · format");
        Grids.figure(grid, u -> Figures.count(u.accepted()) + (u.rejected() > 0 ? " (+" + Figures.count(u.rejected()) + " rejected)" : ""),
                "Records", UploadView::accepted);
        Grids.figure(grid, u -> u.baseline() ? "baseline" : (u.label() == null ? "" : u.label()), "Label");
        Grids.figure(grid, UploadsPanel::load, "Load");
        Grids.figure(grid, u -> Format.instant(u.uploadedAt()), "Uploaded", UploadView::uploadedAt);
        Grids.figure(grid, u -> u.sha256().substring(0, 12) + "…", "SHA-256").setTooltipGenerator(UploadView::sha256);
        // The delete button drawn by the browser from a template, not a server component per row (issue 15: with 40
        // uploads, 80 components with their icons were created and attached on every visit); none for viewers.
        Grid.Column<UploadView> actions = grid.addColumn(LitRenderer.<UploadView>of(!CurrentUser.canEdit() ? ""
                        : "<vaadin-button theme=\"tertiary error small\" aria-label=\"${item.label}\" @click=\"${remove}\">"
                        + "<vaadin-icon icon=\"vaadin:trash\"></vaadin-icon></vaadin-button>")
                .withProperty("label", u -> "Delete upload " + u.fileName())
                .withFunction("remove", u -> {
                    ConfirmDialog confirm = new ConfirmDialog("Delete " + u.fileName() + "?",
                            "The upload and every figure computed from it are removed.", "Delete", ok -> {
                                uploads.delete(u.id());
                                changed.run();
                            });
                    confirm.setCancelable(true);
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                })).setAutoWidth(true).setFlexGrow(0);
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
