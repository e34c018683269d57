package io.scan2ledger.persistence;

import io.scan2ledger.support.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded H2 database is not left open to others. Before the data source is built (for the
 * server and for every CLI command alike), this
 * <ul>
 *   <li>binds any H2 TCP server of this JVM to 127.0.0.1 ({@code h2.bindAddress}). AUTO_SERVER, which
 *   lets the CLI open the database while the server runs, otherwise listens on every interface
 *   and accepts other hosts ({@code -tcpAllowOthers});</li>
 *   <li>gives the database a generated password, kept beside it in {@code <database>.password}
 *   (0600, in the 0700 {@code db/} folder), unless {@code spring.datasource.password} is set. A
 *   database created with the old empty password gets the generated one at the first start.</li>
 * </ul>
 * PostgreSQL and other URLs are left alone.
 */
public class EmbeddedDatabase implements BeanPostProcessor {

    static final String BIND_ADDRESS = "h2.bindAddress";
    private static final String FILE_URL = "jdbc:h2:file:";
    /** H2's "Wrong user name or password". */
    private static final int WRONG_PASSWORD = 28000;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null
                && properties.getUrl().startsWith(FILE_URL)) {
            secure(properties);
        }
        return bean;
    }

    private void secure(DataSourceProperties properties) {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
        String url = properties.getUrl();
        Path database = databasePath(url);
        OwnerOnly.directory(database.toAbsolutePath().getParent());
        if (properties.getPassword() != null && !properties.getPassword().isEmpty()) {
            return;
        }
        String user = properties.getUsername() == null ? "sa" : properties.getUsername();
        boolean created = !Files.exists(passwordFile(database));
        String password = password(database);
        if (created && Files.exists(Path.of(database + ".mv.db"))) {
            setOnExistingDatabase(url, user, password);
        }
        properties.setPassword(password);
    }

    /** {@code jdbc:h2:file:./data/db/scan2ledger;AUTO_SERVER=TRUE} → {@code ./data/db/scan2ledger}. */
    static Path databasePath(String url) {
        String rest = url.substring(FILE_URL.length());
        int semicolon = rest.indexOf(';');
        return Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon));
    }

    static Path passwordFile(Path database) {
        return Path.of(database + ".password");
    }

    /** The password kept beside the database: read, or generated (0600) at the first start. */
    public static String password(Path database) {
        Path file = passwordFile(database);
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), OwnerOnly.fileAttributes())) {
                    channel.write(ByteBuffer.wrap(generated.getBytes(StandardCharsets.US_ASCII)));
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the database password in " + file, e);
        }
    }

    /** A database from before the generated password still has the empty one: it is changed once. */
    private void setOnExistingDatabase(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                throw new IllegalStateException("cannot open the embedded database", e);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            // The password is base64url: no quote can end the literal.
            s.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD '" + password + "'");
            log.info("db.password-set : the embedded database had an empty password; it now has the generated one");
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded database refuses both its password file and the empty "
                    + "password: restore " + passwordFile(databasePath(url)).getFileName()
                    + " or set SCAN2LEDGER_DB_PASSWORD", e);
        }
    }
}
