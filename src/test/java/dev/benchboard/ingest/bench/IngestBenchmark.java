package dev.benchboard.ingest.bench;

import dev.benchboard.ingest.format.cli.HeyCsvImporter;
import dev.benchboard.ingest.format.structured.RawLatencyCsvImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Ingest throughput on 1 GB files, as a ratio to the floor of reading the same file line by line in
 * the same JVM. Run with a small heap to show memory stays bounded:
 * {@code ./benchboard bench} (or java -Xmx256m -cp … dev.benchboard.ingest.bench.IngestBenchmark [sizeMB]).
 */
public final class IngestBenchmark {

    /** CPU time of the measuring thread: on a machine busy with other work it shows what wall time hides. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024) * 1024 * 1024;
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path raw = dir.resolve("raw-latency-" + targetBytes + ".csv");
        Path hey = dir.resolve("hey-" + targetBytes + ".csv");
        if (!Files.exists(raw)) generateRaw(raw, targetBytes);
        if (!Files.exists(hey)) generateHey(hey, targetBytes);
        System.out.printf(Locale.ROOT, "JVM max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        measure("raw-latency-csv", raw, new RawLatencyCsvImporter());
        measure("hey-csv", hey, new HeyCsvImporter());
    }

    private static void measure(String name, Path file, Importer importer) throws Exception {
        double mb = Files.size(file) / 1e6;
        lineCount(file);                       // warm the page cache and the JIT once
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long lines = lineCount(file);
        double floorSeconds = (System.nanoTime() - start) / 1e9;
        double floorCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        System.gc();
        resetPeaks();
        start = System.nanoTime();
        cpuStart = THREADS.getCurrentThreadCpuTime();
        ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
        ImportResult result;
        try (InputStream in = Files.newInputStream(file);
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            result = importer.parse(source, context);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long requests = result.runs().stream().mapToLong(r -> r.requests() == null ? 0 : r.requests()).sum();
        System.out.printf(Locale.ROOT, "%-16s %7.0f MB  %,12d lines  floor %6.2f s (%6.0f MB/s)  ingest %6.2f s (%6.0f MB/s)"
                        + "  ratio %.2f×  peak heap %d MB  requests %,d  rejected %d%n"
                        + "%-16s thread CPU time: floor %6.2f s, ingest %6.2f s (%6.0f MB/s), ratio %.2f×%n",
                name, mb, lines, floorSeconds, mb / floorSeconds, seconds, mb / seconds, seconds / floorSeconds,
                peakHeapMb(), requests, context.rejected(), "", floorCpu, cpu, mb / cpu, cpu / floorCpu);
    }

    private static long lineCount(Path file) throws IOException {
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (reader.readLine() != null) lines++;
        }
        return lines;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    /** timestamp (epoch ms), latency_ms (log-normal around 2 ms), status (1 % 5xx). */
    private static void generateRaw(Path file, long targetBytes) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        long t = 1_767_225_600_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp,latency_ms,status\n");
            long written = 0;
            StringBuilder line = new StringBuilder(64);
            while (written < targetBytes) {
                t += random.nextInt(2);
                double latency = Math.exp(Math.log(2.0) + 0.6 * gaussian(random));
                line.setLength(0);
                line.append(t).append(',').append(String.format(Locale.ROOT, "%.3f", latency)).append(',')
                        .append(random.nextInt(100) == 0 ? 503 : 200).append('\n');
                out.append(line);
                written += line.length();
            }
        }
    }

    /** hey -o csv rows: seconds with 4 decimals, 8 columns, offsets increasing. */
    private static void generateHey(Path file, long targetBytes) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        double offset = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset\n");
            long written = 0;
            StringBuilder line = new StringBuilder(96);
            while (written < targetBytes) {
                double rt = Math.exp(Math.log(0.002) + 0.5 * gaussian(random));
                offset += 0.00005;
                line.setLength(0);
                line.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%.4f%n",
                        rt, 0.0, 0.0, 0.0001, rt * 0.9, 0.0001, random.nextInt(200) == 0 ? 500 : 200, offset));
                out.append(line);
                written += line.length();
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
