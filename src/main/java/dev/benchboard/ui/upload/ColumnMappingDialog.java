package dev.benchboard.ui.upload;

import dev.benchboard.format.Sentence;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.ingest.UploadRefused;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.ingest.mapping.MappingPreview;
import dev.benchboard.ingest.mapping.MappingProblem;
import dev.benchboard.ingest.mapping.MappingRoles;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.TextSource;
import dev.benchboard.format.Figures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * "Map columns…" for a file the catalogue does not recognise: the file's header columns → role
 * selects per kind, units and timestamp format, a live preview of the first rows as the mapping reads
 * them, a name, and "Save & import" (the upload with the mapping as inline JSON, which saves it for
 * later files with the same header). Every text from the file is shown as text, never HTML.
 */
class ColumnMappingDialog extends Dialog {

    static final int PREVIEW_ROWS = 8;
    /** A java.time pattern offered as an example (date, then time with milliseconds); a pattern, not words. */
    private static final String MILLIS_TIMESTAMP = String.join(" ", "yyyy-MM-dd", "HH:mm:ss.SSS");
    private static final String NONE = "";

    private final UploadResultsView page;
    private final UploadRequest request;
    private final Path file;
    private final Consumer<UploadView> stored;
    private final String head;
    private final List<String> header;

    private final Select<String> kind = new Select<>();
    private final FormLayout roles = new FormLayout();
    private final Map<String, Select<String>> roleSelects = new LinkedHashMap<>();
    private final Select<String> timeUnit = unitSelect(getTranslation("upload.mapping.time-unit"));
    private final Select<String> durationUnit = unitSelect(getTranslation("upload.mapping.duration-unit"));
    private final ComboBox<String> timestampFormat = new ComboBox<>(getTranslation("upload.mapping.timestamp-format"));
    private final Select<String> heapUnit = new Select<>();
    private final TextField name = new TextField(getTranslation("upload.mapping.name"));
    private final Grid<MappingPreview.Row> preview = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final Button save = new Button(getTranslation("upload.mapping.save"));

    /** The button the refused file offers; opens the dialog on the file as it was received. */
    static Button opener(UploadResultsView page, UploadRequest request, Path file, Consumer<UploadView> stored) {
        Button open = new Button(page.getTranslation("upload.mapping.open"), click -> {
            try {
                new ColumnMappingDialog(page, request, file, stored).open();
            } catch (IOException e) {
                click.getSource().setText(page.getTranslation("upload.mapping.open-failed", String.valueOf(e.getMessage())));
                click.getSource().setEnabled(false);
            }
        });
        open.addClassName("bb-map-columns");
        return open;
    }

    /** True for the refusal of a file no format recognises (the case a mapping is for). */
    static boolean offered(UploadRefused refused) {
        return refused.status() == 422 && UploadService.unrecognised(refused.body());
    }

    private ColumnMappingDialog(UploadResultsView page, UploadRequest request, Path file, Consumer<UploadView> stored)
            throws IOException {
        this.page = page;
        this.request = request;
        this.file = file;
        this.stored = stored;
        try (InputStream in = Files.newInputStream(file)) {
            this.head = TextSource.head(in, page.uploads().limits(), 64 * 1024);
        }
        this.header = MappedImporter.header(head);
        addClassName("bb-mapping-dialog");
        setHeaderTitle(getTranslation("upload.mapping.title", request.fileName()));
        setWidth("min(960px, 95vw)");

        kind.setLabel(getTranslation("upload.mapping.kind"));
        kind.setItems("load", "chaos", "gc");
        kind.setItemLabelGenerator(k -> getTranslation("upload.mapping.kind." + k));
        kind.setValue(request.kind() == null ? "chaos" : ColumnMapping.kindKey(request.kind()));
        kind.addValueChangeListener(e -> rebuildRoles());
        timeUnit.setValue("ms");
        durationUnit.setValue("ms");
        timestampFormat.setItems(ColumnMapping.AUTO, ColumnMapping.EPOCH, ColumnMapping.ISO, MILLIS_TIMESTAMP);
        timestampFormat.setAllowCustomValue(true);
        timestampFormat.addCustomValueSetListener(e -> timestampFormat.setValue(e.getDetail()));
        timestampFormat.setValue(ColumnMapping.AUTO);
        timestampFormat.setHelperText(getTranslation("upload.mapping.timestamp-format.helper"));
        heapUnit.setLabel(getTranslation("upload.mapping.heap-unit"));
        heapUnit.setItems("B", "KB", "MB", "GB");
        heapUnit.setValue("MB");
        name.setMaxLength(ColumnMapping.MAX_NAME);
        name.setHelperText(getTranslation("upload.mapping.name.helper"));
        String base = request.fileName().replaceFirst("\\.[^.]*$", "");
        name.setValue(base.length() > ColumnMapping.MAX_NAME ? base.substring(0, ColumnMapping.MAX_NAME) : base);
        List.of(timeUnit, durationUnit, heapUnit).forEach(s -> s.addValueChangeListener(e -> refresh()));
        timestampFormat.addValueChangeListener(e -> refresh());
        name.addValueChangeListener(e -> refresh());

        preview.addClassName("bb-mapping-preview");
        preview.setAllRowsVisible(true);
        message.addClassName("bb-mapping-message");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("bb-mapping-save");
        save.addClickListener(click -> saveAndImport());
        Button cancel = new Button(getTranslation("upload.mapping.cancel"), click -> close());

        FormLayout settings = new FormLayout(kind, timeUnit, durationUnit, timestampFormat, heapUnit, name);
        add(new Paragraph(getTranslation("upload.mapping.columns-found", String.join(", ", header))), settings, roles, message, preview);
        getFooter().add(cancel, save);
        rebuildRoles();
    }

    private static Select<String> unitSelect(String label) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setItems("s", "ms", "us", "ns");
        return s;
    }

    private void rebuildRoles() {
        roles.removeAll();
        roleSelects.clear();
        DataKind k = switch (kind.getValue()) {
            case "load" -> DataKind.BENCHMARK;
            case "gc" -> DataKind.GC;
            default -> DataKind.CHAOS;
        };
        heapUnit.setVisible(k == DataKind.GC);
        for (MappingRoles.Role role : MappingRoles.of(k)) {
            Select<String> column = new Select<>();
            column.setLabel(role.label().in(getLocale()) + (role.required() ? " *" : ""));
            column.setHelperText(role.meaning().in(getLocale()));
            List<String> items = new ArrayList<>();
            items.add(NONE);
            items.addAll(header);
            column.setItems(items);
            String notInFile = getTranslation("upload.mapping.not-in-file");
            column.setItemLabelGenerator(c -> c.isEmpty() ? notInFile : c);
            column.setValue(guess(role.key()));
            column.getElement().setAttribute("data-role", role.key());
            column.addValueChangeListener(e -> refresh());
            roleSelects.put(role.key(), column);
            roles.add(column);
        }
        refresh();
    }

    /** A column whose name contains the role's key (e.g. "fault" for fault), else none. */
    private String guess(String role) {
        return header.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(role)).findFirst()
                .or(() -> header.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(role)).findFirst())
                .orElse(NONE);
    }

    /** The mapping as the form stands, or null with the reason shown. */
    private ColumnMapping mapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        roleSelects.forEach((role, select) -> {
            if (select.getValue() != null && !select.getValue().isEmpty()) chosen.put(role, select.getValue());
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name.getValue());
        json.put("kind", kind.getValue());
        json.put("roles", chosen);
        json.put("timeUnit", timeUnit.getValue());
        json.put("durationUnit", durationUnit.getValue());
        json.put("timestampFormat", timestampFormat.getValue() == null ? ColumnMapping.AUTO : timestampFormat.getValue());
        if ("gc".equals(kind.getValue())) json.put("heapUnit", heapUnit.getValue());
        return ColumnMapping.parse(dev.benchboard.common.Json.write(json));
    }

    /** Re-reads the first rows with the mapping as it now stands. */
    private void refresh() {
        preview.removeAllColumns();
        preview.setItems(List.of());
        try {
            ColumnMapping m = mapping();
            List<MappingPreview.Row> rows = MappingPreview.rows(head, m, PREVIEW_ROWS);
            preview.addColumn(MappingPreview.Row::line).setHeader(getTranslation("upload.mapping.line")).setAutoWidth(true).setFlexGrow(0);
            for (MappingRoles.Role role : MappingRoles.of(m.kind())) {
                if (m.column(role.key()) == null) continue;
                preview.addColumn(r -> r.values().containsKey(role.key()) ? r.values().get(role.key()).in(getLocale()) : "")
                        .setHeader(role.label().in(getLocale()) + " ← " + m.column(role.key())).setAutoWidth(true);
            }
            preview.setItems(rows);
            long bad = rows.stream().filter(r -> !r.ok()).count();
            message.setText(bad == 0 ? getTranslation("upload.mapping.clean", Figures.count(rows.size()))
                    : getTranslation("upload.mapping.bad-rows", Figures.count(bad), Figures.count(rows.size())));
            save.setEnabled(m.name() != null && rows.stream().anyMatch(MappingPreview.Row::ok));
        } catch (MappingProblem e) {
            message.setText(e.sentence().in(getLocale()));
            save.setEnabled(false);
        } catch (ImportException e) {
            message.setText(e.sentence().in(getLocale()));
            save.setEnabled(false);
        } catch (IOException e) {
            message.setText(getTranslation("upload.mapping.read-failed", String.valueOf(e.getMessage())));
            save.setEnabled(false);
        }
    }

    private void saveAndImport() {
        ColumnMapping m = mapping();
        UploadRequest r = request;
        UploadRequest withMapping = new UploadRequest(r.evaluationId(), r.candidate(), r.fileName(), r.kind(), null, r.label(),
                r.baseline(), false, false, r.hints(), r.framework(), m.toJson());
        save.setEnabled(false);
        message.setText(getTranslation("upload.mapping.importing"));
        UI ui = UI.getCurrent();
        page.executor().execute(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                UploadView view = page.uploads().upload(withMapping, in, dev.benchboard.ingest.UploadProgress.NONE).stored();
                ui.access(() -> {
                    close();
                    stored.accept(view);
                });
            } catch (UploadRefused refused) {
                ui.access(() -> {
                    message.setText(getTranslation("upload.mapping.refused", String.valueOf(refused.status()), refused.body().error().in(getLocale()))
                            + (refused.body().problems() == null ? "" : " " + String.join("; ", Sentence.in(refused.body().problems(), getLocale()))));
                    save.setEnabled(true);
                });
            } catch (IOException | RuntimeException e) {
                ui.access(() -> {
                    message.setText(getTranslation("upload.mapping.import-failed", String.valueOf(e.getMessage())));
                    save.setEnabled(true);
                });
            }
        });
    }
}
