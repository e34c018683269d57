package io.scan2ledger.audit;

import java.util.List;

/**
 * Port: where checkpoints are kept, outside the database: an append-only file of lines (and a
 * copy of each in the log stream). A database writer cannot reach it.
 */
public interface CheckpointLog {

    /** Appends one line and forces it to disk. */
    void append(String line);

    /** Every line, oldest first (none before the first checkpoint). */
    List<String> lines();
}
