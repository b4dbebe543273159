package dev.benchboard.ui.upload;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.benchboard.format.Figures;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Store all": stores every file whose preview is ready, one after the other, each all or nothing as its own
 * Store button would, with progress and then a summary of what was stored and what was not (and why). Files
 * that need a decision (rejected rows, same bytes already uploaded) are left for the user, and say so.
 */
class StoreAllBar extends Div {

    private final Supplier<List<PendingFile>> files;
    private final Button button = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div summary = new Div();
    private boolean running;

    StoreAllBar(Supplier<List<PendingFile>> files) {
        this.files = files;
        setId("upload-store-all");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("upload-store-all-button");
        button.addClickListener(e -> storeAll());
        progress.setVisible(false);
        progress.setWidth("16em");
        status.setId("upload-store-all-status");
        summary.setId("upload-store-all-summary");
        HorizontalLayout row = new HorizontalLayout(button, progress, status);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(row, summary);
        refresh();
    }

    /** Counts the ready files again: the button says how many it stores and is off when none is ready. */
    void refresh() {
        if (running) return;
        List<PendingFile> all = files.get();
        long ready = all.stream().filter(f -> f.state() == PendingFile.State.READY).count();
        long reading = all.stream().filter(f -> f.state() == PendingFile.State.READING).count();
        button.setText(getTranslation("upload.store-all.button", Figures.count(ready,
                getTranslation("upload.store-all.ready-file.one"), getTranslation("upload.store-all.ready-file.other"))));
        button.setEnabled(ready > 0);
        setVisible(!all.isEmpty());
        status.setText(reading > 0 ? getTranslation("upload.store-all.reading", Figures.count(reading)) : "");
    }

    private void storeAll() {
        Deque<PendingFile> queue = new ArrayDeque<>(files.get().stream()
                .filter(f -> f.state() == PendingFile.State.READY).toList());
        if (queue.isEmpty()) return;
        running = true;
        button.setEnabled(false);
        summary.removeAll();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(queue.size());
        progress.setValue(0);
        next(queue, queue.size(), new ArrayList<>(), new ArrayList<>());
    }

    /** One file at a time: the next starts when the previous is stored or refused (the UI thread is never held). */
    private void next(Deque<PendingFile> queue, int total, List<PendingFile> stored, List<PendingFile> refused) {
        if (queue.isEmpty()) {
            finish(stored, refused);
            return;
        }
        PendingFile file = queue.removeFirst();
        status.setText(getTranslation("upload.store-all.storing", Figures.count(total - queue.size()), Figures.count(total),
                file.fileName()));
        file.store(false, ok -> {
            (ok ? stored : refused).add(file);
            progress.setValue(stored.size() + refused.size());
            next(queue, total, stored, refused);
        });
    }

    private void finish(List<PendingFile> stored, List<PendingFile> refused) {
        running = false;
        progress.setVisible(false);
        List<PendingFile> waiting = files.get().stream().filter(f -> f.state() == PendingFile.State.NEEDS_DECISION
                || f.state() == PendingFile.State.REFUSED).filter(f -> !refused.contains(f)).toList();
        UnorderedList list = new UnorderedList();
        for (PendingFile f : refused) {
            list.add(new ListItem(getTranslation("upload.store-all.refused", f.fileName(), f.notStoredReason())));
        }
        for (PendingFile f : waiting) {
            list.add(new ListItem(getTranslation("upload.store-all.not-stored", f.fileName(), f.notStoredReason())));
        }
        summary.removeAll();
        if (list.getChildren().findAny().isPresent()) summary.add(list);
        refresh();
        status.setText(getTranslation("upload.store-all.done", Figures.count(stored.size()), Figures.count(refused.size()))
                + (waiting.isEmpty() ? "" : getTranslation("upload.store-all.done-waiting", Figures.count(waiting.size()))));
    }
}
