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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on 127.0.0.1: 50 share-link readers and 5 uploaders for 60 s against the
 * packaged app. No request may fail; the share page's latency percentiles are printed.
 *
 * <p>What a page read measures: the one request a browser makes for the page. The shared page is a
 * static HTML document rendered once per snapshot (SharedReportController), so that request's time
 * is the server's whole part of a visit; each answer is checked to hold the rendered report and to
 * set no cookie (no session). A browser with an empty cache also loads the page's one script and one
 * style sheet; every page reader does that once, on its first visit, and their times are printed apart.
 * The app starts cold, and the first seconds (class loading,
 * JIT) are slower: percentiles are printed for the whole run and for the run after the first 10 s.
 */
class ShareLoadIT {

    static final Duration LENGTH = Duration.ofSeconds(Long.getLong("benchboard.load.seconds", 60));
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final int READERS = 50;
    static final int UPLOADERS = 5;
    /** The script and style sheet a browser loads for the page. */
    static final Pattern ASSET = Pattern.compile("<(?:script|link)\\b[^>]*?\\s(?:src|href)=\"([^\"]+)\"");

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
            Recorder pageSteady = new Recorder(3);
            Recorder jsonSteady = new Recorder(3);
            Recorder assetLatency = new Recorder(3);
            java.util.Map<String, String> assetCaching = new java.util.concurrent.ConcurrentSkipListMap<>();
            AtomicLong failures = new AtomicLong();
            AtomicLong reads = new AtomicLong();
            AtomicLong uploads = new AtomicLong();
            List<String> firstFailures = java.util.Collections.synchronizedList(new ArrayList<>());
            long begin = System.nanoTime();
            long end = begin + LENGTH.toNanos();
            long steady = begin + WARM_UP.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + UPLOADERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                final boolean json = r % 2 == 1;   // half read the page, half its JSON download
                workers.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(json ? page + "/report.json" : page))
                            .timeout(Duration.ofSeconds(30)).GET().build();
                    boolean firstVisit = !json;
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = readers.send(request, HttpResponse.BodyHandlers.ofString());
                            long micros = (System.nanoTime() - start) / 1000;
                            (json ? jsonLatency : pageLatency).recordValue(micros);
                            if (start >= steady) (json ? jsonSteady : pageSteady).recordValue(micros);
                            reads.incrementAndGet();
                            if (response.statusCode() != 200) fail(failures, firstFailures, "read " + response.statusCode());
                            else if (!json && !response.body().contains("share-figures")) {
                                fail(failures, firstFailures, "the page came without the rendered report");
                            } else if (!json && response.headers().firstValue("Set-Cookie").isPresent()) {
                                fail(failures, firstFailures, "the page set a cookie: " + response.headers().firstValue("Set-Cookie").get());
                            } else if (firstVisit) {
                                firstVisit = false;
                                loadAssets(readers, URI.create(page), response.body(), assetLatency, assetCaching, failures, firstFailures);
                            }
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
            System.out.printf(Locale.ROOT, "share load: %d s, %d readers, %d uploaders: %d reads, %d uploads, %d failures%n",
                    LENGTH.toSeconds(), READERS, UPLOADERS, reads.get(), uploads.get(), failures.get());
            print("share page", pageLatency.getIntervalHistogram());
            print("share JSON", jsonLatency.getIntervalHistogram());
            print("share page after the first " + WARM_UP.toSeconds() + " s", pageSteady.getIntervalHistogram());
            print("share JSON after the first " + WARM_UP.toSeconds() + " s", jsonSteady.getIntervalHistogram());
            print("page assets, first visit (" + assetCaching.size() + " files)", assetLatency.getIntervalHistogram());
            assetCaching.forEach((asset, cacheControl) -> System.out.println("  " + asset + "  Cache-Control: " + cacheControl));
            assertThat(failures.get()).as("failures, first ones: %s", firstFailures).isZero();
            assertThat(reads.get()).isPositive();
            assertThat(uploads.get()).isPositive();
            int stored = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/uploads").body()).size();
            assertThat(stored).isEqualTo(uploads.get() + 1);
        }
    }

    private static void print(String what, Histogram h) {
        System.out.printf(Locale.ROOT, "%s   p50 %.1f ms  p99 %.1f ms  max %.1f ms  (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                h.getTotalCount());
    }

    /** What a browser with an empty cache fetches next: the page's script and style sheet. */
    private static void loadAssets(HttpClient client, URI page, String html, Recorder latency,
                                   java.util.Map<String, String> caching, AtomicLong failures, List<String> firstFailures)
            throws Exception {
        Matcher assets = ASSET.matcher(html);
        while (assets.find()) {
            String href = assets.group(1);
            if (href.startsWith("http")) continue;
            // Relative to the page (/r/{token} → /r/assets/…).
            URI asset = page.resolve(href);
            String path = asset.getPath();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(asset)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            latency.recordValue((System.nanoTime() - start) / 1000);
            if (response.statusCode() != 200) fail(failures, firstFailures, "asset " + path + " " + response.statusCode());
            caching.put(path.replaceAll("\\?.*", ""), response.headers().firstValue("Cache-Control").orElse("(none)"));
        }
    }

    private static void fail(AtomicLong failures, List<String> first, String what) {
        failures.incrementAndGet();
        if (first.size() < 5) first.add(what);
    }
}
