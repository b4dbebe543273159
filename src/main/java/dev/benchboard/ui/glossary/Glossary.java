package dev.benchboard.ui.glossary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The terms a tech lead may not know, each explained in a sentence or two (the same words on the
 * Glossary page and in the tooltips): a label that names one of them gets its explanation as a
 * tooltip wherever {@link #label} is used (key-value lists, table headers).
 */
public final class Glossary {

    /** Term → explanation, in the order the Glossary page lists them. */
    public static final Map<String, String> TERMS = terms();

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        TERMS.keySet().forEach(term -> PATTERNS.put(term,
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])")));
    }

    private Glossary() {
    }

    private static Map<String, String> terms() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("P50", "Median latency: half of the requests were faster than this.");
        t.put("P90", "90th percentile latency: 9 in 10 requests were faster than this.");
        t.put("P99", "99th percentile latency: 1 request in 100 was slower than this. The usual tail-latency SLO.");
        t.put("P99.9", "99.9th percentile latency: 1 request in 1,000 was slower than this.");
        t.put("CI", "Confidence interval: the range the true value lies in with the stated confidence (95 % unless said"
                + " otherwise), given the runs measured. Narrow with many consistent runs, wide with few or noisy ones.");
        t.put("SLO", "Service level objective: the target the service must meet, e.g. P99 ≤ 25 ms or 99.9 % availability.");
        t.put("p", "p-value: how likely a difference at least this large would be if the two candidates were really the"
                + " same. Small (below α, usually 0.05) means the difference is unlikely to be noise.");
        t.put("Holm", "Holm correction: when many metrics are compared at once, some look significant by chance; Holm"
                + " raises each p-value so that the chance of any false alarm in the table stays below α.");
        t.put("Mann-Whitney", "Mann-Whitney U test: compares the runs of two candidates by rank, without assuming the"
                + " values are normally distributed.");
        t.put("Δ", "Change of the candidate against the baseline, in percent of the baseline.");
        t.put("n", "Number of runs on each side (baseline/candidate) behind a figure or verdict.");
        t.put("MTBF", "Mean time between failures: the up-time observed divided by the number of outages.");
        t.put("MTTR", "Mean time to repair (recover): the average length of an outage.");
        t.put("Availability", "Share of the observed time the service was up. Each extra nine (99.9 % → 99.99 %) means ten"
                + " times less downtime.");
        t.put("Error budget", "The downtime the availability SLO allows over the window; spent above 100 % means the SLO"
                + " was missed.");
        t.put("USL", "Universal Scalability Law: a model of throughput against concurrency, X(N) = λN / (1 + σ(N−1) +"
                + " κN(N−1)), fitted to the concurrency sweep.");
        t.put("λ", "USL λ: throughput of a single client (requests per second at concurrency 1).");
        t.put("σ", "USL σ (contention): the share of work that is serialised, e.g. waiting for a lock.");
        t.put("κ", "USL κ (coherency): the cost of keeping shared state consistent; above 0 it makes throughput fall"
                + " again past a peak.");
        t.put("N*", "The concurrency at which the USL fit predicts the highest throughput (past it, more load brings less).");
        t.put("SLO-bound capacity", "The highest throughput one instance sustained with its P99 still within the SLO.");
        t.put("Headroom", "Spare capacity kept on top of the target load, in percent.");
        t.put("Coordinated omission", "A closed-loop load generator waits for each response before sending the next"
                + " request, so when the service stalls it sends fewer requests and the stall is under-measured. hey,"
                + " JMeter and k6 closed-loop executors do not correct it (tails may be understated); wrk 4.x corrects it"
                + " itself (tails may be overstated); wrk2, vegeta and k6 arrival-rate executors are open-loop.");
        t.put("STW", "Stop-the-world: the pauses in which the Go garbage collector halts the program.");
        t.put("GOGC", "Go's garbage-collector target: how much the heap may grow (in percent) before the next collection.");
        t.put("Pareto-efficient", "No other setting is better on every figure at once: choosing among these is a trade-off.");
        t.put("Bootstrap", "Resampling the measured data many times to see how much a figure would vary; with one run a"
                + " side it sees only the noise inside each run, so it is information, not a verdict.");
        return t;
    }

    /** The explanations of every glossary term the label names, in glossary order; empty when none. */
    public static List<String> explain(String label) {
        List<String> found = new ArrayList<>();
        if (label == null) return found;
        PATTERNS.forEach((term, pattern) -> {
            // One-letter terms ("p", "n") only when they are the whole label: "n" inside a sentence is a word.
            boolean whole = term.length() > 1 || label.strip().equals(term) || label.strip().startsWith(term + " (");
            if (whole && pattern.matcher(label).find()) found.add(term + ": " + TERMS.get(term));
        });
        return found;
    }

    /**
     * The label as a span, with the explanation of the terms it names as a tooltip (and a dotted
     * underline saying there is one); a plain span for other labels.
     */
    public static Span label(String text) {
        Span span = new Span(text);
        List<String> explained = explain(text);
        if (!explained.isEmpty()) {
            span.addClassName("bb-term");
            Tooltip.forComponent(span).withText(String.join("\n", explained));
        }
        return span;
    }

    /** Whether the label names a glossary term (then {@link #label} has a tooltip). */
    public static boolean explains(String label) {
        return !explain(label).isEmpty();
    }

    /** A component header for a grid column: the label, explained when it names a term. */
    public static Component header(String text) {
        return label(text);
    }
}
