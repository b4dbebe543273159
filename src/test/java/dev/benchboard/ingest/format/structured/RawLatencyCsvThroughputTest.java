package dev.benchboard.ingest.format.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.source.TextSource;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw CSV importer must read ≥ 150 MB/s. Off by default (it writes and reads a large file and the
 * build machines are shared); run with
 * {@code ./benchboard mvn -q test -DskipFrontend -Dtest=RawLatencyCsvThroughputTest -Dbenchboard.bench=true}
 * ({@code -Dbenchboard.bench.mb=1024} for the 1 GB case).
 */
@EnabledIfSystemProperty(named = "benchboard.bench", matches = "true")
class RawLatencyCsvThroughputTest {

    @TempDir Path dir;

    @Test
    void readsAtLeast150MegabytesPerSecond() throws Exception {
        long targetBytes = Long.getLong("benchboard.bench.mb", 256) << 20;
        Path file = dir.resolve("raw.csv");
        long rows = write(file, targetBytes);
        long bytes = Files.size(file);
        ImportLimits limits = new ImportLimits(bytes * 2, rows * 2, 1 << 20, bytes * 2);
        // warm-up on a slice so the JIT has compiled the loop, then the timed full pass
        run(file, limits, 3);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportResult result = run(file, limits, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double mbPerSecond = bytes / 1e6 / seconds;
        // wall time is what counts; CPU time tells how much of it was the machine being busy elsewhere
        System.out.printf("raw-latency-csv: %d rows, %.0f MB in %.2f s = %.0f MB/s (thread CPU %.2f s = %.0f MB/s)%n",
                rows, bytes / 1e6, seconds, mbPerSecond, cpuSeconds, bytes / 1e6 / cpuSeconds);
        assertThat(result.runs().getFirst().requests()).isEqualTo(rows);
        assertThat(mbPerSecond).isGreaterThanOrEqualTo(150);
    }

    private static ImportResult run(Path file, ImportLimits limits, int passes) throws Exception {
        ImportResult result = null;
        for (int i = 0; i < passes; i++) {
            try (InputStream in = Files.newInputStream(file);
                 TextSource source = TextSource.open(in, limits, null)) {
                result = new RawLatencyCsvImporter().parse(source, new ImportContext(limits, Map.of()));
            }
        }
        return result;
    }

    /** timestamp (epoch ms, in order), latency_ms with 3 decimals, status: the shape of our own load tools' output. */
    private static long write(Path file, long targetBytes) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        long rows = 0;
        long written = 0;
        long ts = 1_715_000_000_000L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] header = "timestamp,latency_ms,status\n".getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            written += header.length;
            StringBuilder line = new StringBuilder(64);
            while (written < targetBytes) {
                ts += random.nextInt(3);
                double ms = Math.exp(random.nextDouble() * 6);
                int status = random.nextInt(100) == 0 ? 503 : 200;
                line.setLength(0);
                line.append(ts).append(',').append(String.format("%.3f", ms)).append(',').append(status).append('\n');
                byte[] b = line.toString().getBytes(StandardCharsets.US_ASCII);
                out.write(b);
                written += b.length;
                rows++;
            }
        }
        return rows;
    }
}
