package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on 127.0.0.1: 50 share-link readers and 5 uploaders for 60 s against the
 * packaged app. No request may fail; the share page's latency percentiles are printed.
 */
class ShareLoadIT {

    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("benchboard.load.seconds", 60));
    static final int READERS = 50;
    static final int UPLOADERS = 5;

    @Test
    void fiftyReadersAndFiveUploadersWithoutErrors() throws Exception {
        Path data = Files.createTempDirectory("bb-load");
        try (RunningApp app = new RunningApp(data).start()) {
            ApiClient api = new ApiClient(app);
            long evaluation = api.createEvaluation("load");
            assertThat(api.upload(evaluation, "Gin", "seed.csv", ResilienceIT.heyCsv(-1, 5000)).statusCode()).isEqualTo(201);
            HttpResponse<String> share = api.postJson("/api/evaluations/" + evaluation + "/shares", "{}");
            assertThat(share.statusCode()).isEqualTo(201);
            String page = ApiClient.json(share.body()).get("url").asString();

            HttpClient readers = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Recorder pageLatency = new Recorder(3);
            Recorder jsonLatency = new Recorder(3);
            AtomicLong failures = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            AtomicLong uploads = new AtomicLong();
            List<String> firstFailures = java.util.Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + LENGTH.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + UPLOADERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                final boolean json = r % 2 == 1;   // half read the page, half its JSON download
                workers.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(json ? page + "/report.json" : page))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = readers.send(request, HttpResponse.BodyHandlers.ofString());
                            (json ? jsonLatency : pageLatency).recordValue((System.nanoTime() - start) / 1000);
                            reads.incrementAndGet();
                            if (response.statusCode() != 200) fail(failures, firstFailures, "read " + response.statusCode());
                        } catch (Exception e) {
                            fail(failures, firstFailures, "read " + e);
                        }
                    }
                    return null;
                }));
            }
            for (int u = 0; u < UPLOADERS; u++) {
                final int uploader = u;
                workers.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        long seed = uploader * 1_000_000L + n++;
                        try {
                            HttpResponse<String> response = api.upload(evaluation, "Candidate " + uploader, "run-" + seed + ".csv",
                                    ResilienceIT.heyCsv(seed, 2000));
                            uploads.incrementAndGet();
                            if (response.statusCode() != 201) fail(failures, firstFailures, "upload " + response.statusCode() + " " + response.body());
                        } catch (Exception e) {
                            fail(failures, firstFailures, "upload " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) worker.get();
            pool.shutdown();
            var pageHistogram = pageLatency.getIntervalHistogram();
            var jsonHistogram = jsonLatency.getIntervalHistogram();
            System.out.printf(Locale.ROOT, "share load: %d s, %d readers, %d uploaders: %d reads, %d uploads, %d failures%n",
                    LENGTH.toSeconds(), READERS, UPLOADERS, reads.get(), uploads.get(), failures.get());
            System.out.printf(Locale.ROOT, "share page   p50 %.1f ms  p99 %.1f ms  max %.1f ms  (n=%d)%n",
                    pageHistogram.getValueAtPercentile(50) / 1000.0, pageHistogram.getValueAtPercentile(99) / 1000.0,
                    pageHistogram.getMaxValue() / 1000.0, pageHistogram.getTotalCount());
            System.out.printf(Locale.ROOT, "share JSON   p50 %.1f ms  p99 %.1f ms  max %.1f ms  (n=%d)%n",
                    jsonHistogram.getValueAtPercentile(50) / 1000.0, jsonHistogram.getValueAtPercentile(99) / 1000.0,
                    jsonHistogram.getMaxValue() / 1000.0, jsonHistogram.getTotalCount());
            assertThat(failures.get()).as("failures, first ones: %s", firstFailures).isZero();
            assertThat(reads.get()).isPositive();
            assertThat(uploads.get()).isPositive();
            int stored = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/uploads").body()).size();
            assertThat(stored).isEqualTo(uploads.get() + 1);
        }
    }

    private static void fail(AtomicLong failures, List<String> first, String what) {
        failures.incrementAndGet();
        if (first.size() < 5) first.add(what);
    }
}
