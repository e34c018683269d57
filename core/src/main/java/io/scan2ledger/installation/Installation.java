package io.scan2ledger.installation;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.support.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * This installation's id, which every new document is stamped with and its ledger key carries
 * (see {@link io.scan2ledger.batch.LedgerRecords}): generated at the first start and kept in the
 * database, so a reinstall on a new database or a test instance keying the same ledger gets keys
 * of its own. Configuration or an admin may set it; a change applies to documents received from
 * then on, documents already received keep the id (and so the key) they were stamped with.
 */
public class Installation {

    private static final Logger log = LoggerFactory.getLogger(Installation.class);

    private final InstallationRepository repository;
    private final AuditTrail audit;
    private final Transactions tx;

    public Installation(InstallationRepository repository, AuditTrail audit, Transactions tx) {
        this.repository = repository;
        this.audit = audit;
        this.tx = tx;
    }

    /** At start-up: the configured id if any, else the stored one, else a new one (stored). */
    public InstallationId start(Optional<InstallationId> configured) {
        return tx.inTransaction(() -> {
            Optional<InstallationId> stored = repository.find();
            InstallationId id = configured.or(() -> stored).orElseGet(InstallationId::random);
            if (!stored.equals(Optional.of(id))) {
                set(stored, id, configured.isPresent() ? "system:config" : "system:first-start");
            }
            log.info("installation.id id={} from={}", id, configured.isPresent() ? "config"
                    : stored.isPresent() ? "database" : "generated");
            return id;
        });
    }

    /** An admin's change: new documents carry the new id. */
    public void change(InstallationId id, String admin) {
        tx.inTransaction(() -> {
            Optional<InstallationId> stored = repository.find();
            if (!stored.equals(Optional.of(id))) {
                set(stored, id, admin);
            }
            return id;
        });
    }

    public Optional<InstallationId> current() {
        return repository.find();
    }

    private void set(Optional<InstallationId> before, InstallationId id, String actor) {
        repository.save(id);
        audit.append(AuditEntry.of(actor, "INSTALLATION_ID", null)
                .withChange(before.map(InstallationId::value).orElse(null), id.value()));
        log.info("installation.id-set from={} to={} by={}", before.map(InstallationId::value).orElse("-"), id, actor);
    }
}
