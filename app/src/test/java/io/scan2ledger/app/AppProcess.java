package io.scan2ledger.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged scan2ledger jar as a separate operating-system process, so tests can kill it for
 * real (SIGKILL) and start it again on the same data directory.
 */
public final class AppProcess implements AutoCloseable {

    private final Path home;
    private final int port;
    private final Process process;

    private AppProcess(Path home, int port, Process process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("scan2ledger.jar", "target/scan2ledger.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged jar missing: " + jar + " (run through 'mvn verify')");
        }
        return jar;
    }

    /** Starts the app in the demo profile with fast intake timings and waits until it is healthy. */
    public static AppProcess start(Path home, String... systemProperties) throws IOException {
        return start(home, List.of(), systemProperties);
    }

    /** As {@link #start(Path, String...)}, with extra command-line arguments (they win over the defaults). */
    public static AppProcess start(Path home, List<String> arguments, String... systemProperties) throws IOException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        for (String p : systemProperties) {
            cmd.add("-D" + p);
        }
        cmd.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        if (arguments.stream().noneMatch(a -> a.startsWith("--spring.profiles.active="))) {
            cmd.add("--spring.profiles.active=demo");
        }
        for (String kv : IntakeEndToEndTest.fastIntake(home)) {
            cmd.add("--" + kv);
        }
        cmd.addAll(arguments);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("app-process.log").toFile()))
                .start();
        AppProcess app = new AppProcess(home, port, p);
        app.awaitHealthy(Duration.ofSeconds(60));
        return app;
    }

    /** Runs the jar as a command (e.g. {@code audit verify}) and returns its exit code and output. */
    public static CommandResult command(Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        cmd.add("--scan2ledger.home=" + home);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new CommandResult(p.waitFor(), out);
    }

    public record CommandResult(int exitCode, String output) {
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end on its own (a crash point halts it). */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("app did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly like a power cut for the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited early; see " + home.resolve("app-process.log"));
            }
            try {
                if (api().get("/actuator/health", null, null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            ApiClient.sleep(200);
        }
        throw new IllegalStateException("app not healthy within " + timeout);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
