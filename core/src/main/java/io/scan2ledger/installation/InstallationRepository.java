package io.scan2ledger.installation;

import java.util.Optional;

/** Port: the one installation row, shared by every node on one database. */
public interface InstallationRepository {

    Optional<InstallationId> find();

    /** Sets the id new documents are stamped with; documents already received keep theirs. */
    void save(InstallationId id);
}
