package io.scan2ledger.web.security;

import io.scan2ledger.access.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users in the {@code app_user} table. Roles are stored as a comma-separated list in which
 * {@code DV} stands for the right to see DV-protected residents' documents.
 */
public class UserDirectory implements UserDetailsService {

    private static final String DV = "DV";
    private static final String COLUMNS = "username, password_hash, roles, channels, display_name, enabled";

    private static final RowMapper<UserAccount> ACCOUNT = (rs, n) -> {
        List<String> tokens = split(rs.getString("roles"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        tokens.stream().filter(t -> !t.equals(DV)).forEach(t -> roles.add(Role.valueOf(t)));
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled"), roles,
                Set.copyOf(split(rs.getString("channels"))), tokens.contains(DV), rs.getString("display_name"));
    };

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserDirectory(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public UserAccount loadUserByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(username).query(ACCOUNT)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Every user, by name, for the admin page. */
    public List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(ACCOUNT).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class)
                .single() > 0;
    }

    /** Creates the user if absent. A password that is not already an encoded hash is encoded here. */
    public boolean createIfAbsent(UserSpec spec) {
        if (exists(spec.username())) {
            return false;
        }
        String hash = spec.password().startsWith("{") ? spec.password() : encoder.encode(spec.password());
        insert(spec.username(), hash, String.join(",", spec.roles()), spec.channels(), spec.displayName());
        return true;
    }

    /**
     * A user created on the admin page. The password is always encoded, even one that looks like
     * a hash: a typed {@code {noop}...} must never become a stored plain-text password.
     */
    public void create(String username, String password, Set<Role> roles, boolean dv, List<String> channels,
                       String displayName) {
        if (exists(username)) {
            throw new IllegalArgumentException("user exists");
        }
        insert(username, encoder.encode(password), roles(roles, dv), channels, displayName);
    }

    public void update(String username, Set<Role> roles, boolean dv, List<String> channels, boolean enabled) {
        jdbc.sql("UPDATE app_user SET roles = ?, channels = ?, enabled = ? WHERE username = ?")
                .params(roles(roles, dv), channels.isEmpty() ? null : String.join(",", channels), enabled, username)
                .update();
    }

    private void insert(String username, String hash, String roles, List<String> channels, String displayName) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, channels, display_name, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?)")
                .params(username, hash, roles, channels.isEmpty() ? null : String.join(",", channels), displayName,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String roles(Collection<Role> roles, boolean dv) {
        List<String> tokens = new ArrayList<>(roles.stream().map(Role::name).sorted().toList());
        if (dv) {
            tokens.add(DV);
        }
        return String.join(",", tokens);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
    }

    /**
     * A user as configured under {@code scan2ledger.security.users}.
     *
     * @param password an encoded hash such as {@code {bcrypt}$2a$...}; plain text only in the demo profile
     * @param roles    CLERK, SUPERVISOR, ADMIN, and DV for DV-protected documents
     */
    public record UserSpec(String username, String password, List<String> roles, List<String> channels,
                           String displayName) {
        public UserSpec {
            roles = roles == null ? List.of() : roles;
            channels = channels == null ? List.of() : channels;
        }
    }
}
