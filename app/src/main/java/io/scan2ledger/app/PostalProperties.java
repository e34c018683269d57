package io.scan2ledger.app;

import io.scan2ledger.templates.postal.PostalFile;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code scan2ledger.postal.*}.
 *
 * @param file Japan Post's postal codes as the launcher converts them; default: {@link PostalFile#location()}
 *             ({@code SCAN2LEDGER_POSTAL_FILE}, else {@code .cache/postal/japan-post.tsv} here or in a parent)
 */
@ConfigurationProperties("scan2ledger.postal")
public record PostalProperties(Path file) {

    public PostalProperties {
        file = file == null ? PostalFile.location() : file;
    }
}
