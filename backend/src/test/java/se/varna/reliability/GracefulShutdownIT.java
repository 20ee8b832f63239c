package se.varna.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged service under load gets SIGTERM: every request it had already received is
 * answered (0 failed), and it exits within {@code quarkus.shutdown.timeout}. Runs in
 * {@code verify} against {@code target/quarkus-app}.
 */
class GracefulShutdownIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    record Call(long startedNanos, int status, String failure) {
    }

    @Test
    void inFlightRequestsFinishAfterSigterm() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Files.createTempFile("varna-shutdown", ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("VARNA_OIDC_URL", "http://127.0.0.1:9/realms/varna");
        // The production profile has no disclosure secret of its own and refuses to start without one.
        builder.environment().put("VARNA_DISCLOSURE_SECRET", "graceful-shutdown-test-secret");
        Process service = builder.start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            boolean ready = false;
            while (!ready && System.nanoTime() < deadline && service.isAlive()) {
                try {
                    ready = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(ready).as("service ready; log " + log).isTrue();

            List<String> paths = List.of("/api/v1/goals", "/api/v1/indicators", "/api/v1/measures",
                    "/api/v1/areas", "/api/v1/crime-statistics?groupBy=area");
            ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                int worker = t;
                load.submit(() -> {
                    int i = worker;
                    while (running.get()) {
                        long started = System.nanoTime();
                        try {
                            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(
                                    URI.create(base + paths.get(i++ % paths.size()))).timeout(Duration.ofSeconds(20))
                                    .build(), HttpResponse.BodyHandlers.discarding());
                            calls.add(new Call(started, answer.statusCode(), null));
                        } catch (Exception e) {
                            calls.add(new Call(started, 0, e.toString()));
                        }
                    }
                });
            }
            // At least 4 s of load, and until more than 50 requests are answered: on a busy machine
            // 4 s alone can be too few for the load the assertion below asks for.
            long loadUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            long loadDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < loadDeadline && (System.nanoTime() < loadUntil || calls.size() <= 50)) {
                Thread.sleep(100);
            }
            long sigterm = System.nanoTime();
            service.destroy(); // SIGTERM
            boolean exited = service.waitFor(20, TimeUnit.SECONDS);
            long exitedAt = System.nanoTime();
            running.set(false);
            load.shutdown();
            load.awaitTermination(30, TimeUnit.SECONDS);

            List<Call> before = calls.stream().filter(c -> c.startedNanos() < sigterm).toList();
            List<Call> failedBefore = before.stream().filter(c -> c.status() != 200).toList();
            long after = calls.size() - before.size();
            System.out.printf("Graceful shutdown: %d requests before SIGTERM (%d failed), %d after it refused or "
                    + "answered; exited %d ms after SIGTERM%n", before.size(), failedBefore.size(), after,
                    TimeUnit.NANOSECONDS.toMillis(exitedAt - sigterm));
            assertThat(exited).as("exited within 20 s").isTrue();
            assertThat(before.size()).as("load before SIGTERM").isGreaterThan(50);
            assertThat(failedBefore).as("requests sent before SIGTERM that failed").isEmpty();
        } finally {
            if (service.isAlive()) {
                service.destroyForcibly();
            }
        }
    }
}
