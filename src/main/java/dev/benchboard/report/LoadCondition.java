package dev.benchboard.report;

import dev.benchboard.format.Sentence;

import dev.benchboard.ingest.format.cli.StatedLoad;
import dev.benchboard.evidence.RunData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;

/**
 * What a load-test run measured under: its label within the file (a JMeter sampler, a generic CSV run)
 * and its load — the concurrency that drove it, or for an open-loop tool the request rate. Runs whose
 * load nobody knows (hey does not print its -c, k6 NDJSON its executor) have {@link #known()} false: they
 * are not like-for-like with each other, so they are not compared, unless the user states the load on
 * the upload (then the run's settings say {@code concurrency_source} / {@code rate_source} = stated).
 *
 * @param label       the run's label, "load test" without one
 * @param concurrency connections / workers / virtual users, or null
 * @param rate        requests per second asked for (open loop), 3 significant digits, or null
 * @param stated      true when the load came from the upload form rather than from the tool's output
 */
record LoadCondition(String label, Double concurrency, Double rate, boolean stated) implements Comparable<LoadCondition> {

    static LoadCondition of(RunData run) {
        boolean stated = StatedLoad.STATED.equals(run.settings().get(StatedLoad.CONCURRENCY_SOURCE))
                || StatedLoad.STATED.equals(run.settings().get(StatedLoad.RATE_SOURCE));
        return new LoadCondition(run.label() == null ? UNLABELLED : run.label(), run.concurrency(), rate(run), stated);
    }

    /** The run's "rate" setting ("1000", "2000/s", "50.002/s"), to 3 significant digits so that an achieved rate groups with its target. */
    private static Double rate(RunData run) {
        String text = run.settings().get(StatedLoad.RATE);
        if (text == null) return null;
        String number = text.strip().replaceFirst("\\s*/\\s*s$", "");
        try {
            double value = Double.parseDouble(number);
            if (!(value > 0) || Double.isInfinite(value)) return null;
            return new BigDecimal(value).round(new MathContext(3)).doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the load is known at all (printed or stated); runs of unknown load are never compared. */
    boolean known() {
        return concurrency != null || rate != null;
    }

    /** The label of runs that have none. */
    private static final String UNLABELLED = "load test";

    /** The label in the reader's words: a run's own label as it is, "load test" for none. */
    Sentence labelWords() {
        return UNLABELLED.equals(label) ? Sentence.of("report.latency.load.unlabelled") : Sentence.of("report.latency.load.label", label);
    }

    /**
     * {@link #name()} in the reader's words ("load test · 16 concurrent" / "压测 · 并发 16"), for sentences; the name
     * itself stays the key that rows, histories and acknowledgements are matched by.
     */
    Sentence words() {
        if (!known()) return Sentence.of("report.latency.load.not-stated", labelWords());
        Sentence load;
        if (concurrency != null && rate != null) {
            load = Sentence.of("report.latency.load.concurrency-and-rate", labelWords(), format(concurrency), format(rate));
        } else if (concurrency != null) {
            load = Sentence.of("report.latency.load.concurrency", labelWords(), format(concurrency));
        } else {
            load = Sentence.of("report.latency.load.rate", labelWords(), format(rate));
        }
        return stated ? Sentence.of("report.latency.load.stated", load) : load;
    }

    String name() {
        if (!known()) return label + " · load not stated";
        String load = concurrency != null ? format(concurrency) + " concurrent" : "";
        if (rate != null) load += (load.isEmpty() ? "" : ", ") + format(rate) + " req/s";
        return label + " · " + load + (stated ? " (stated)" : "");
    }

    /** 8 rather than 8.0: connections and virtual users are whole numbers in every tool but the generic formats. */
    static String format(double concurrency) {
        return concurrency == Math.rint(concurrency) ? String.valueOf((long) concurrency) : String.valueOf(concurrency);
    }

    /** By label, then by concurrency, then by rate; unknown loads last. Stated and printed loads of equal value are the same load. */
    private static final Comparator<LoadCondition> ORDER = Comparator.comparing(LoadCondition::label)
            .thenComparing(LoadCondition::concurrency, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LoadCondition::rate, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public int compareTo(LoadCondition o) {
        return ORDER.compare(this, o);
    }
}
