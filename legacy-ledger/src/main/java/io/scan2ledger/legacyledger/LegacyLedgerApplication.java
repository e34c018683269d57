package io.scan2ledger.legacyledger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * {@code java -jar legacy-ledger-exec.jar}: the port from {@code LEDGER_PORT}, else {@code --server.port} or
 * {@code -Dserver.port}, else 8090; the data in {@code LEDGER_HOME} (default ./data/legacy-ledger).
 * {@code SERVER_PORT} is deliberately ignored: the demo launcher exports it for scan2ledger itself.
 */
public final class LegacyLedgerApplication {

    private LegacyLedgerApplication() {
    }

    public static void main(String[] args) {
        Map<String, Object> launch = new HashMap<>();
        launch.put("server.port", port(args));
        launch.put("legacy-ledger.jdbc-url", LegacyLedger.fileJdbcUrl(Path.of(
                Optional.ofNullable(System.getenv("LEDGER_HOME")).orElse("./data/legacy-ledger"))));
        String baseUrl = new LegacyLedger(LegacyLedger.launch(launch, true, args)).baseUrl();
        LoggerFactory.getLogger(LegacyLedgerApplication.class).info("legacy ledger ready at {}/", baseUrl);
    }

    private static String port(String[] args) {
        String fromArgs = new SimpleCommandLinePropertySource(args).getProperty("server.port");
        return Optional.ofNullable(System.getenv("LEDGER_PORT"))
                .or(() -> Optional.ofNullable(fromArgs))
                .or(() -> Optional.ofNullable(System.getProperty("server.port")))
                .orElse("8090");
    }
}
