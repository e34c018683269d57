package io.scan2ledger.bots.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one script call saw on the page: its URL and the text of each element asked for (the
 * value of an input, the rendered text of anything else); null when the element is absent.
 */
record Snapshot(String url, Map<Locator, String> texts) {

    /** The element's text as a screen shows it: blanks collapsed, trimmed. */
    String text(Locator locator) {
        return normalise(texts.get(locator));
    }

    /** The element's text line by line (a message cell holds one message a line). */
    List<String> lines(Locator locator) {
        String raw = texts.get(locator);
        return raw == null ? List.of()
                : Arrays.stream(raw.split("\\R")).map(Snapshot::normalise).filter(l -> !l.isEmpty()).toList();
    }

    /** Collapses runs of blanks (and non-breaking spaces) and trims. */
    static String normalise(String text) {
        return text == null ? null : text.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n]+", " ").trim();
    }
}
