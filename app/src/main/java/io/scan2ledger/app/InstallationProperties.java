package io.scan2ledger.app;

import io.scan2ledger.installation.InstallationId;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Optional;

/**
 * {@code scan2ledger.installation.*}.
 *
 * @param id this installation's id (4 characters, Crockford base 32); empty: the one in the
 *           database, generated at the first start
 */
@ConfigurationProperties("scan2ledger.installation")
public record InstallationProperties(String id) {

    public InstallationProperties {
        // Checked at binding: a typo stops the start instead of keying under a wrong id.
        if (id != null && !id.isBlank()) {
            InstallationId.parse(id);
        }
    }

    Optional<InstallationId> configured() {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(InstallationId.parse(id));
    }
}
