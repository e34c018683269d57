package io.scan2ledger.intake;

import java.nio.file.Path;

/** Port: looks inside a file to decide whether it is a document intake can take. */
public interface DocumentInspector {

    /** Never throws for bad content; bad content is a {@link Inspection.Refused}. */
    Inspection inspect(Path file);
}
