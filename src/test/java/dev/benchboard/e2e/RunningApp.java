package dev.benchboard.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (target/benchboard.jar) started as a separate process on a free
 * loopback port with its own H2 file database, as a user would run it.
 */
final class RunningApp implements AutoCloseable {

    /** The first admin's password, given to the app as BENCHBOARD_ADMIN_PASSWORD on every start. */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "e2e admin password";

    private final Path dataDir;
    private final int port;
    private final List<String> extraArgs;
    private Process process;
    private Path log;

    RunningApp(Path dataDir, String... extraArgs) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.extraArgs = List.of(extraArgs);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    int port() {
        return port;
    }

    RunningApp start() throws Exception {
        String jar = System.getProperty("benchboard.jar", "target/benchboard.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar,
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--benchboard.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(extraArgs);
        log = Files.createTempFile("benchboard-app", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BENCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = builder.start();
        // Generous: on a 2-core machine busy with other builds a start has taken over 2 minutes (seen in CI).
        awaitUp(Duration.ofMinutes(5));
        return this;
    }

    private void awaitUp(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the app exited:\n" + Files.readString(log));
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer within " + timeout + ":\n" + Files.readString(log));
    }

    /** Graceful stop (SIGTERM), as an operator would do. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    /** Hard kill (SIGKILL), for crash-safety tests. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) process.destroyForcibly().waitFor();
    }

    String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
