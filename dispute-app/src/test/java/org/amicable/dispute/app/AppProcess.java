package org.amicable.dispute.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The application as an operator runs it: a separate Java process on the test class path, with its
 * settings as system properties, its log in a file, stopped with SIGTERM or killed with SIGKILL.
 */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** What a process that should not have started did: its exit code and its log. */
    record Exit(int code, String log) {
    }

    /** Starts the application with settings it must refuse, and waits for it to exit. */
    static Exit refusedStart(Path folder, String name, Map<String, Object> settings) throws IOException,
            InterruptedException {
        Process process = launch(folder, name, settings, freePort());
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " started although its settings are wrong; see " + folder.resolve(name + ".log"));
        }
        return new Exit(process.exitValue(), Files.readString(folder.resolve(name + ".log")));
    }

    /** Starts the application with these settings on a free port and waits until it is healthy. */
    static AppProcess start(Path folder, String name, Map<String, Object> settings) throws IOException {
        int port = freePort();
        Process process = launch(folder, name, settings, port);
        Path log = folder.resolve(name + ".log");
        AppProcess app = new AppProcess(name, process, port, log);
        try {
            waitUntil(() -> app.healthy() || !process.isAlive(), Duration.ofSeconds(90), name + " to start");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!process.isAlive()) {
            Path kept = Path.of("target", "failed-start-" + name + ".log");
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
            throw new IllegalStateException(name + " exited at start with " + process.exitValue() + "; see " + kept);
        }
        return app;
    }

    private static Process launch(Path folder, String name, Map<String, Object> settings, int port) throws IOException {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("micronaut.server.port", port);
        // The sign-in key file of the embedded run goes beside the process's log, not into the module's folder.
        all.putIfAbsent("amicable.sign-in.secret-file", folder.resolve("sign-in.key").toString());
        // Start fast: these processes live for seconds.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", testClassPath()));
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(Application.class.getName());
        Path log = folder.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A test JVM that stops early (a failure, a timeout, Ctrl-C) takes its application processes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    String name() {
        return name;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    boolean healthy() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/health"))).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGSTOP: frozen, as by a long GC pause or a suspended VM, until {@link #resume}. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT: it carries on where it was frozen. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + exit);
        }
    }

    /** The process's log so far. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM: a graceful shutdown. */
    boolean stop(Duration grace) throws InterruptedException {
        process.destroy();
        return process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Keeps the log for reading after a failure (the temporary folder goes with the test). */
    void keepLog(String as) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.copy(log, Path.of("target", as), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String testClassPath() {
        // Surefire hands the full test class path to the tests in this property.
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void waitUntil(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
