package io.scan2ledger.intake;

import java.util.List;

/**
 * The intake channels (one per inbox folder, plus the one uploads go to when they name none).
 * The channel is recorded on every document; clerks see the documents of their channels.
 */
public record Channels(List<Channel> all, String uploadDefault) {

    public record Channel(String name, String label) {
    }

    public boolean knows(String name) {
        return uploadDefault.equals(name) || all.stream().anyMatch(c -> c.name().equals(name));
    }
}
