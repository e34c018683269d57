package io.scan2ledger.app;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, throw-away database on the local PostgreSQL (127.0.0.1:5432, trust auth), for the
 * production-profile tests. Without a reachable server those tests are skipped with a message,
 * unless {@code SCAN2LEDGER_REQUIRE_POSTGRES=1} (as in CI) makes that a failure.
 */
public final class PostgresDatabase {

    static final String HOST = System.getenv().getOrDefault("SCAN2LEDGER_TEST_PGHOST", "127.0.0.1:5432");
    static final String ADMIN_USER = System.getenv().getOrDefault("SCAN2LEDGER_TEST_PGUSER", "postgres");

    private final String name = "s2l_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public static PostgresDatabase createOrSkip() {
        PostgresDatabase db = new PostgresDatabase();
        try (Connection c = DriverManager.getConnection(adminUrl(), ADMIN_USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db.name);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("SCAN2LEDGER_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (SCAN2LEDGER_REQUIRE_POSTGRES=1) but "
                        + HOST + " refused: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + HOST + ": " + e.getMessage());
        }
        return db;
    }

    private static String adminUrl() {
        return "jdbc:postgresql://" + HOST + "/postgres";
    }

    public String url() {
        return "jdbc:postgresql://" + HOST + "/" + name;
    }

    public String user() {
        return ADMIN_USER;
    }

    public void drop() {
        try (Connection c = DriverManager.getConnection(adminUrl(), ADMIN_USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // A leftover test database is harmless; it carries a random name.
        }
    }
}
