package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Nothing accepted is lost and nothing half-read is kept: concurrent uploads, kill -9 after accepted
 * uploads, and kill -9 in the middle of a large upload — against the packaged app on its H2 file.
 */
class ResilienceIT {

    /** A small hey CSV whose bytes depend on the seed (so each is a different file). */
    static byte[] heyCsv(long seed, int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset\n");
        double offset = 0;
        for (int i = 0; i < rows; i++) {
            double rt = 0.001 + random.nextDouble() * 0.004;
            offset += 0.0005;
            csv.append(String.format(Locale.ROOT, "%.4f,0.0000,0.0000,0.0001,%.4f,0.0001,200,%.4f%n", rt, rt * 0.9, offset));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int uploads(ApiClient api, long evaluation) throws Exception {
        return ApiClient.json(api.get("/api/evaluations/" + evaluation + "/uploads").body()).size();
    }

    @Test
    void concurrentUploadsAreAllStoredOnceAndSurviveKillDashNine() throws Exception {
        Path data = Files.createTempDirectory("bb-resilience");
        long evaluation;
        try (RunningApp app = new RunningApp(data).start()) {
            ApiClient api = new ApiClient(app);
            evaluation = api.createEvaluation("resilience");
            // 20 concurrent uploads: 16 distinct files and 4 more copies of the first one.
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long seed = i < 16 ? i : 0;
                String candidate = i % 2 == 0 ? "Gin" : "Echo";
                results.add(pool.submit(() -> api.upload(evaluation, candidate, "run-" + seed + ".csv", heyCsv(seed, 2000))));
            }
            int created = 0;
            int conflicts = 0;
            for (Future<HttpResponse<String>> result : results) {
                int status = result.get().statusCode();
                if (status == 201) created++;
                else if (status == 409) conflicts++;
                else throw new AssertionError("unexpected " + status + ": " + result.get().body());
            }
            pool.shutdown();
            assertThat(created).isEqualTo(16);
            assertThat(conflicts).isEqualTo(4);
            assertThat(uploads(api, evaluation)).isEqualTo(16);
            app.kill();   // SIGKILL: no shutdown hooks, no H2 close
        }
        try (RunningApp restarted = new RunningApp(data).start()) {
            ApiClient api = new ApiClient(restarted);
            assertThat(uploads(api, evaluation)).as("all accepted uploads after kill -9").isEqualTo(16);
            // And their data: 16 runs of 2000 requests each.
            var report = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/report").body());
            long requests = 0;
            for (var candidate : report.get("candidates")) {
                requests += candidate.at("/latency/detail/runs").valueStream().mapToLong(r -> r.get("samples").asLong()).sum();
            }
            assertThat(requests).isEqualTo(16 * 2000);
        }
    }

    @Test
    void killDuringAnUploadLeavesNoPartialData() throws Exception {
        Path data = Files.createTempDirectory("bb-kill-upload");
        long evaluation;
        try (RunningApp app = new RunningApp(data).start()) {
            ApiClient api = new ApiClient(app);
            evaluation = api.createEvaluation("kill during upload");
            assertThat(api.upload(evaluation, "Gin", "before.csv", heyCsv(1, 1000)).statusCode()).isEqualTo(201);
            // A large upload streamed slowly; the app is killed while it is still arriving.
            byte[] chunk = heyCsv(2, 200_000);
            HttpRequest slow = api.uploadRequest(evaluation, "Gin", "large.csv", HttpRequest.BodyPublishers.ofInputStream(
                    () -> new SlowStream(chunk, 8)));
            CompletableFuture<HttpResponse<String>> inFlight = api.http().sendAsync(slow, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(3000);
            assertThat(inFlight).isNotDone();
            app.kill();
            assertThat(inFlight).failsWithin(java.time.Duration.ofSeconds(30));
        }
        try (RunningApp restarted = new RunningApp(data).start()) {
            ApiClient api = new ApiClient(restarted);
            var list = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/uploads").body());
            assertThat(list.size()).isEqualTo(1);
            assertThat(list.get(0).get("fileName").asString()).isEqualTo("before.csv");
            var report = ApiClient.json(api.get("/api/evaluations/" + evaluation + "/report").body());
            assertThat(report.at("/candidates/0/latency/detail/runs").size()).isEqualTo(1);
        }
    }

    /** Repeats a chunk, a little at a time, so the upload takes long enough to be interrupted. */
    private static final class SlowStream extends InputStream {
        private final byte[] chunk;
        private int repeats;
        private int position;

        SlowStream(byte[] chunk, int repeats) {
            this.chunk = chunk;
            this.repeats = repeats;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (repeats == 0) return -1;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            int n = Math.min(Math.min(len, 64 * 1024), chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            if (position == chunk.length) {
                position = 0;
                repeats--;
            }
            return n;
        }
    }
}
