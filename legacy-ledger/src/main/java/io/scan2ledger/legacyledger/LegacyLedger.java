package io.scan2ledger.legacyledger;

import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.store.LedgerStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * A running legacy ledger, for tests in any JVM, beside another Spring Boot application:
 * <pre>{@code
 * try (LegacyLedger ledger = LegacyLedger.start(LegacyLedger.Options.defaults()
 *         .withSessionTimeout(Duration.ofSeconds(3)))) {
 *     driver.get(ledger.baseUrl() + "/login.do");
 *     ledger.faults().failAfterCommitOn(FaultPoint.REGISTER);
 *     ledger.records("jidou-teate");
 * }
 * }</pre>
 * It reads only its own {@code legacy-ledger.yaml} (the options win over it), scans only its own
 * package, and leaves the host's logging alone.
 */
public final class LegacyLedger implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    LegacyLedger(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a ledger and returns once it answers on its port. */
    public static LegacyLedger start(Options options) {
        return new LegacyLedger(launch(options.properties(), false));
    }

    public static LegacyLedger start() {
        return start(Options.defaults());
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The ledger's own database; user {@code sa}, empty password. Tables JIDOU_TEATE and JUMIN_IDOU. */
    public String jdbcUrl() {
        return context.getBean(LedgerSettings.class).jdbcUrl();
    }

    public Faults faults() {
        return context.getBean(Faults.class);
    }

    /** The registered rows of {@code jidou-teate} or {@code jumin-idou}, column name to value. */
    public List<Map<String, Object>> records(String ledger) {
        return context.getBean(LedgerStore.class).records(Ledgers.find(ledger)
                .orElseThrow(() -> new IllegalArgumentException("unknown ledger " + ledger)));
    }

    /** Empties both ledgers, restarts their numbering and puts the faults back as configured. */
    public void reset() {
        context.getBean(LedgerStore.class).clear();
        faults().reset();
    }

    @Override
    public void close() {
        String url = jdbcUrl();
        context.close();
        if (url.startsWith("jdbc:h2:mem:")) {
            // DB_CLOSE_DELAY=-1 kept it for tests' own connections; free it with the ledger.
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
        }
    }

    static String fileJdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("ledger")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Boots the ledger's own Spring context. Its launch properties sit above everything else, so
     * the host's {@code -Dspring.config.name} or {@code -Dserver.port} cannot leak in.
     */
    static ConfigurableApplicationContext launch(Map<String, Object> properties, boolean standalone, String... args) {
        StandardServletEnvironment environment = new StandardServletEnvironment();
        Map<String, Object> launch = new HashMap<>(properties);
        launch.put("spring.config.name", "legacy-ledger");
        environment.getPropertySources().addFirst(new MapPropertySource("legacy-ledger-launch", launch));
        SpringApplication app = new SpringApplicationBuilder(LegacyLedgerConfiguration.class)
                .environment(environment)
                .bannerMode(standalone ? Banner.Mode.CONSOLE : Banner.Mode.OFF)
                .logStartupInfo(standalone)
                .build();
        if (!standalone) {
            // The host application owns logging; a second initialisation would reset its configuration.
            app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener))
                    .toList());
        }
        return app.run(args);
    }

    /**
     * How to start an embedded ledger; null means "as in legacy-ledger.yaml".
     *
     * @param port           0 for a free port
     * @param dataDir        null for a private in-memory database
     * @param sessionTimeout idle time before a login is gone
     * @param users          login ids and passwords, added to the demo users
     * @param adminToken     the {@code X-Admin-Token} of the admin API
     * @param extra          any other property, e.g. {@code legacy-ledger.faults.delay-ms}
     */
    public record Options(int port, Path dataDir, Duration sessionTimeout, Map<String, String> users,
                          String adminToken, Map<String, String> extra) {

        public Options {
            users = Map.copyOf(users);
            extra = Map.copyOf(extra);
        }

        public static Options defaults() {
            return new Options(0, null, null, Map.of(), null, Map.of());
        }

        public Options withPort(int newPort) {
            return new Options(newPort, dataDir, sessionTimeout, users, adminToken, extra);
        }

        public Options withDataDir(Path dir) {
            return new Options(port, dir, sessionTimeout, users, adminToken, extra);
        }

        public Options withSessionTimeout(Duration timeout) {
            return new Options(port, dataDir, timeout, users, adminToken, extra);
        }

        public Options withUser(String user, String password) {
            return new Options(port, dataDir, sessionTimeout, plus(users, user, password), adminToken, extra);
        }

        public Options withAdminToken(String token) {
            return new Options(port, dataDir, sessionTimeout, users, token, extra);
        }

        public Options withProperty(String key, String value) {
            return new Options(port, dataDir, sessionTimeout, users, adminToken, plus(extra, key, value));
        }

        Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>(extra);
            p.put("server.port", port);
            p.put("legacy-ledger.jdbc-url", dataDir == null
                    ? "jdbc:h2:mem:legacy-ledger-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                    : fileJdbcUrl(dataDir));
            if (sessionTimeout != null) {
                p.put("legacy-ledger.session-timeout", sessionTimeout);
            }
            if (adminToken != null) {
                p.put("legacy-ledger.admin-token", adminToken);
            }
            users.forEach((user, password) -> p.put("legacy-ledger.users[" + user + "]", password));
            return p;
        }

        private static Map<String, String> plus(Map<String, String> map, String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(map);
            more.put(key, value);
            return more;
        }
    }
}
