package io.scan2ledger.routes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * {@code scan2ledger.intake.*}: the watched folders and how files are taken from them.
 *
 * @param channels         one entry per inbox folder; the channel name is recorded on each document
 * @param pollInterval     how often each inbox is listed
 * @param minAge           a file must be unchanged for at least this long before it is taken
 * @param checkInterval    how often a candidate file's size and time are re-checked while it changes
 * @param maxFileSize      larger files are refused without being read
 * @param incompleteGrace  a file that looks cut off is left in the inbox this long before it is refused
 * @param uploadChannel    the channel recorded for browser and API uploads that name none
 * @param eApplication     the watched folder for online-application exports (CSV/JSON); null for none
 * @param archiveCopies    how taken files are kept in archive/: SEALED (default, like the store) or PLAIN
 */
@ConfigurationProperties("scan2ledger.intake")
public record IntakeProperties(List<Channel> channels, Duration pollInterval, Duration minAge,
                               Duration checkInterval, DataSize maxFileSize, Duration incompleteGrace,
                               String uploadChannel, Channel eApplication, ArchiveCopies archiveCopies) {

    /** How the courtesy copies in archive/ are kept (the store always holds the sealed original). */
    public enum ArchiveCopies {
        /** Encrypted with the store's key, as the stored original. */
        SEALED,
        /** As received, owner-only: for an office that opens archive copies by hand. */
        PLAIN
    }

    /**
     * @param name   short ASCII name, recorded on each document and used in folder names
     * @param label  what clerks call it (for screens)
     * @param folder the inbox: relative to {@code scan2ledger.home}, or absolute (for a network share)
     */
    public record Channel(String name, String label, String folder) {
    }

    public IntakeProperties {
        channels = channels == null ? List.of() : List.copyOf(channels);
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        minAge = minAge == null ? Duration.ofSeconds(3) : minAge;
        checkInterval = checkInterval == null ? Duration.ofMillis(500) : checkInterval;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
        incompleteGrace = incompleteGrace == null ? Duration.ofMinutes(2) : incompleteGrace;
        uploadChannel = uploadChannel == null ? "upload" : uploadChannel;
        archiveCopies = archiveCopies == null ? ArchiveCopies.SEALED : archiveCopies;
    }

    public io.scan2ledger.intake.Channels toChannels() {
        List<Channel> all = new java.util.ArrayList<>(channels);
        if (eApplication != null) {
            all.add(eApplication);
        }
        return new io.scan2ledger.intake.Channels(all.stream()
                .map(c -> new io.scan2ledger.intake.Channels.Channel(c.name(), c.label())).toList(), uploadChannel);
    }
}
