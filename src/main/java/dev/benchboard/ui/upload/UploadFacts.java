package dev.benchboard.ui.upload;

import com.vaadin.flow.component.Component;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Words;
import java.util.Map;

/**
 * What a file yielded, in the reader's words, as the upload preview and the upload's own page both state it:
 * records accepted/rejected/skipped, GC traces and cycles, chaos experiments and outages, the file's settings.
 */
final class UploadFacts {

    private UploadFacts() {
    }

    /** "5,000 accepted, 0 rejected" and, when there were any, ", 3 foreign lines skipped". */
    static String records(Component in, long accepted, long rejected, long skippedLines) {
        String records = in.getTranslation("upload.facts.records", Figures.count(accepted), Figures.count(rejected));
        return skippedLines == 0 ? records : records + in.getTranslation("upload.facts.skipped",
                count(in, skippedLines, "upload.facts.foreign-line"));
    }

    /** "1 trace, 372 cycles". */
    static String gc(Component in, long traces, long cycles) {
        return in.getTranslation("upload.facts.pair", count(in, traces, "upload.facts.trace"), count(in, cycles, "upload.facts.cycle"));
    }

    /** "2 experiments, 3 outages". */
    static String chaos(Component in, long experiments, long outages) {
        return in.getTranslation("upload.facts.pair", count(in, experiments, "upload.facts.experiment"),
                count(in, outages, "upload.facts.outage"));
    }

    /**
     * The settings the file states, as words with their units ("probes 1,050 · probe interval 200 ms"), never the
     * raw map. The keys are the tool's own names, so they read the same in every language.
     */
    static String settings(Map<String, ?> settings) {
        return Words.settings(settings);
    }

    private static String count(Component in, long n, String noun) {
        return Figures.count(n, in.getTranslation(noun + ".one"), in.getTranslation(noun + ".other"));
    }
}
