package dev.benchboard.ui.upload;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.ingest.format.cli.StatedLoad;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one dropped file is stored as: its candidate, label and load (concurrency, rate) and the cores it was
 * measured on. Filled from the page's form when the file is dropped, then the file's own: nine files of one
 * drop can go to different candidates, and hey runs at -c 16 and -c 64 each say their concurrency (hey does
 * not print it; without it they pool as "load not stated"). A change re-reads the file, since the stated load
 * goes into its runs.
 */
class FileSettings extends FormLayout {

    /** Upload hint and run setting for the cores of the machine the test ran on (see StatedCores). */
    static final String CORES = dev.benchboard.ingest.StatedCores.HINT;

    final ComboBox<String> candidate = new ComboBox<>(getTranslation("upload.file.candidate"));
    final TextField label = new TextField(getTranslation("upload.file.label"));
    final TextField concurrency = new TextField(getTranslation("upload.file.concurrency"));
    final TextField rate = new TextField(getTranslation("upload.file.rate"));
    final TextField cores = new TextField(getTranslation("upload.file.cores"));

    FileSettings(List<String> candidates, String candidateValue, String labelValue, Map<String, String> hints,
                 Runnable changed) {
        addClassName("bb-file-settings");
        candidate.setItems(candidates);
        candidate.setAllowCustomValue(true);
        // A typed new name arrives as a custom value, set here on the server (so not "from the client" below).
        candidate.addCustomValueSetListener(e -> {
            candidate.setValue(e.getDetail());
            changed.run();
        });
        if (candidateValue != null && !candidateValue.isBlank()) {
            if (!candidates.contains(candidateValue)) candidate.setItems(with(candidates, candidateValue));
            candidate.setValue(candidateValue);
        }
        candidate.addClassName("bb-file-candidate");
        label.setValue(labelValue == null ? "" : labelValue);
        label.addClassName("bb-file-label");
        concurrency.setValue(hints.getOrDefault(StatedLoad.CONCURRENCY, ""));
        concurrency.addClassName("bb-file-concurrency");
        concurrency.setHelperText(getTranslation("upload.file.concurrency.helper"));
        rate.setValue(hints.getOrDefault(StatedLoad.RATE, ""));
        rate.addClassName("bb-file-rate");
        rate.setHelperText(getTranslation("upload.file.rate.helper"));
        cores.setValue(hints.getOrDefault(CORES, ""));
        cores.addClassName("bb-file-cores");
        cores.setHelperText(getTranslation("upload.file.cores.helper"));
        add(candidate, label, concurrency, rate, cores);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 3), new ResponsiveStep("900px", 5));
        candidate.addValueChangeListener(e -> { if (e.isFromClient()) changed.run(); });
        for (TextField f : List.of(label, concurrency, rate, cores)) {
            f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            f.addValueChangeListener(e -> { if (e.isFromClient()) changed.run(); });
        }
    }

    String candidateName() {
        return candidate.getValue();
    }

    String labelText() {
        return label.getValue();
    }

    /** The page's hints with this file's load and cores in place of the page's. */
    Map<String, String> hints(Map<String, String> pageHints) {
        Map<String, String> out = new LinkedHashMap<>(pageHints);
        put(out, StatedLoad.CONCURRENCY, concurrency.getValue());
        put(out, StatedLoad.RATE, rate.getValue());
        put(out, CORES, cores.getValue());
        return out;
    }

    private static void put(Map<String, String> hints, String key, String value) {
        if (value == null || value.isBlank()) hints.remove(key);
        else hints.put(key, value.strip());
    }

    private static List<String> with(List<String> names, String name) {
        List<String> out = new java.util.ArrayList<>(names);
        out.add(name);
        return out;
    }
}
