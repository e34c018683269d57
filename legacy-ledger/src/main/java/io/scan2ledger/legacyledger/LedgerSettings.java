package io.scan2ledger.legacyledger;

import io.scan2ledger.legacyledger.fault.FaultSettings;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code legacy-ledger.*} from {@code legacy-ledger.yaml}, the environment and the launcher.
 *
 * @param jdbcUrl        the ledger's own H2 database
 * @param sessionTimeout idle time after which a login is gone
 * @param adminToken     the {@code X-Admin-Token} of the admin API; blank disables the API
 * @param users          login id to password
 * @param faults         the faults switched on at start (and after {@code POST /admin/reset})
 */
@ConfigurationProperties("legacy-ledger")
public record LedgerSettings(String jdbcUrl, @DefaultValue("10m") Duration sessionTimeout, String adminToken,
                             Map<String, String> users, FaultSettings faults) {

    public LedgerSettings {
        users = users == null ? Map.of() : Map.copyOf(users);
        faults = faults == null ? FaultSettings.none() : faults;
    }
}
