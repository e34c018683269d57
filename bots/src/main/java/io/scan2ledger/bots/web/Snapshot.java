package io.scan2ledger.bots.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one script call saw on the page: its URL, the text of each element asked for (the value of
 * an input, the rendered text of anything else; null when the element is absent) and the number
 * of elements each counted locator matches.
 */
record Snapshot(String url, Map<Locator, String> texts, Map<Locator, Integer> counts) {

    Snapshot(String url, Map<Locator, String> texts) {
        this(url, texts, Map.of());
    }

    /** How many elements match; 0 for a locator that was not counted. */
    int count(Locator locator) {
        return counts.getOrDefault(locator, 0);
    }

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
