package io.scan2ledger.cli;

import io.scan2ledger.audit.AuditReport;
import io.scan2ledger.audit.AuditVerifier;
import io.scan2ledger.persistence.PersistenceConfiguration;
import io.scan2ledger.persistence.store.FileSystemOriginalStore;
import io.scan2ledger.support.Home;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line tools that run beside (or without) the server: {@code audit verify}.
 * They start only the database adapters: no web server, no routes, so they never take files.
 */
public final class Commands {

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && List.of("audit", "bench", "bot", "calibrate", "extract", "samples", "store").contains(args[0]);
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        if (args.length >= 2 && (args[0].equals("audit") && args[1].equals("verify")
                || args[0].equals("store") && args[1].equals("rekey"))) {
            String[] cliArgs = Stream.concat(
                    Stream.of("--spring.flyway.enabled=false", "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN",
                            // the checkpoint written after a clean verify belongs in the log stream too
                            "--logging.level.io.scan2ledger.audit.AuditCheckpoints=INFO"),
                    Arrays.stream(args, 2, args.length)).toArray(String[]::new);
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CliContext.class)
                    .web(WebApplicationType.NONE)
                    .run(cliArgs)) {
                return args[0].equals("audit") ? verify(ctx, out) : rekey(ctx, out);
            }
        }
        if (args[0].equals("extract")) {
            try {
                return ExtractCommand.run(args, out);
            } catch (Exception e) {
                out.println("extract failed: " + e.getMessage());
                return 1;
            }
        }
        if (args[0].equals("bot")) {
            try {
                return BotCommand.run(args, out);
            } catch (RuntimeException e) { // a definition that cannot be read, a context that cannot start
                out.println("bot failed: " + e.getMessage());
                return 1;
            }
        }
        if (args[0].equals("calibrate")) {
            try {
                return CalibrateCommand.run(args, out);
            } catch (Exception e) {
                out.println("calibrate failed: " + e);
                return 1;
            }
        }
        if (args[0].equals("samples")) {
            // MNIST is read only for --hand: other samples need nothing beyond the typefaces.
            return io.scan2ledger.templates.samples.SamplesCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    MnistHandDigits::evaluation);
        }
        if (args.length >= 2 && args[0].equals("bench")) {
            try {
                return switch (args[1]) {
                    case "intake" -> IntakeBenchmark.run(args, out);
                    case "accuracy" -> AccuracyBenchmark.run(args, out);
                    case "speed" -> SpeedBenchmark.run(args, out);
                    case "handwriting" -> HandwritingBenchmark.run(args, out);
                    case "load" -> LoadBenchmark.run(args, out);
                    default -> usage(out);
                };
            } catch (Exception e) {
                out.println("bench failed: " + e);
                return 1;
            }
        }
        return usage(out);
    }

    /** The audit chain with its seals and checkpoints, then every stored original; exit 1 on any finding. */
    private static int verify(ConfigurableApplicationContext ctx, PrintStream out) {
        AuditReport report = ctx.getBean(AuditVerifier.class).verify();
        report.lines().forEach(out::println);
        return report.intact() ? 0 : 1;
    }

    private static int rekey(ConfigurableApplicationContext ctx, PrintStream out) {
        int n = ctx.getBean(FileSystemOriginalStore.class).rekey();
        out.println("re-sealed " + n + " stored originals with the active key / 原本 " + n + " 件を新しい鍵で暗号化し直しました");
        return 0;
    }

    private static int usage(PrintStream out) {
        out.println("usage: audit verify | store rekey | bench intake [--n N] [--min-age 3s,1s] | bench accuracy [--split seen] [--n 200]"
                + " [--seed 42] [--threads N] [--verbose] | bench speed [--n 24] [--threads N]"
                + " | bench handwriting [--n 200] [--seed S] [--threads N] [--verbose]"
                + " | bench load [--rate 60] [--minutes 10]"
                + " | calibrate [--n 1500] [--seed 1000000] [--budget 0.001] [--out FILE]"
                + " | extract <file> [--template ID] [--templates DIR[,DIR]] [--overlay out.png] | samples --out DIR [--n N] [--seed S] [--hand]"
                + " | bot check [FILE|DIR] [--templates DIR[,DIR]] | bot try DEFINITION --document ID [--dry-run]");
        return 2;
    }

    /**
     * {@code --templates DIR[,DIR...]}: template folders laid over the bundled catalog, later over
     * earlier, as {@code scan2ledger.extraction.templates} lists them; none when the option is absent.
     */
    static List<Path> templateFolders(String[] args) {
        String folders = option(args, "--templates", null);
        return folders == null ? List.of() : Arrays.stream(folders.split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).map(Path::of).toList();
    }

    /** The value after {@code name} in the arguments, or the default. */
    static String option(String[] args, String name, String defaultValue) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return defaultValue;
    }

    static void deleteTree(Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** The smallest context that reaches the database. Camel's auto-configuration is left out. */
    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {
            "org.apache.camel.spring.boot.CamelAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration"})
    @Import(PersistenceConfiguration.class)
    static class CliContext {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        Home home(org.springframework.core.env.Environment env) {
            return new Home(Path.of(env.getProperty("scan2ledger.home", "data")));
        }
    }
}
