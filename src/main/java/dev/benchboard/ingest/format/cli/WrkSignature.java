package dev.benchboard.ingest.format.cli;

import java.util.List;
import java.util.regex.Pattern;

/** What the head of a file shows of wrk's and wrk2's layout, for detection. */
record WrkSignature(boolean running, boolean threads, boolean stats, boolean summary, boolean wrk2) {

    private static final Pattern RUNNING = Pattern.compile("Running \\S+ test @ \\S+.*");
    private static final Pattern THREADS = Pattern.compile("\\d+ threads and \\d+ connections");

    static WrkSignature of(String head) {
        boolean running = false, threads = false, stats = false, summary = false, wrk2 = false;
        List<String> lines = CliLines.headLines(head, 2000);
        for (String line : lines) {
            if (RUNNING.matcher(line).matches()) running = true;
            else if (THREADS.matcher(line).matches()) threads = true;
            else if (line.startsWith("Thread Stats")) stats = true;
            else if (line.startsWith("Requests/sec:") || line.contains(" requests in ")) summary = true;
            if (line.startsWith("Thread calibration:") || line.startsWith("Detailed Percentile spectrum")
                    || line.startsWith("Latency Distribution (HdrHistogram")) wrk2 = true;
        }
        return new WrkSignature(running, threads, stats, summary, wrk2);
    }

    boolean wrk() {
        return (running && threads) || (stats && summary);
    }

    /** 0..95: how surely this is a wrk-layout report. */
    int strength() {
        int score = 60;
        if (running && threads) score += 20;
        if (stats) score += 10;
        if (summary) score += 5;
        return Math.min(score, 95);
    }
}
