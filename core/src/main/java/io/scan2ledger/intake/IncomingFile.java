package io.scan2ledger.intake;

import io.scan2ledger.document.Source;

import java.nio.file.Path;

/**
 * A file waiting to be taken: a scan in an inbox folder, or an upload spooled to disk.
 * {@code originalName} may hold a resident's name (clerks name scans that way), so it is shown to
 * users but never logged.
 */
public record IncomingFile(Path file, String channel, Source source, String originalName, String actor) {
}
