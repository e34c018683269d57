package io.scan2ledger.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Levenshtein distance in code points (a kanji outside the BMP counts as one), and nearest-entry lookup. */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /** The entry closest to {@code text}; the first of equally close entries wins. */
    public static Optional<String> nearest(String text, Collection<String> entries) {
        return entries.stream().min(Comparator.comparingInt(e -> between(e, text)));
    }

    /**
     * The entry {@code text} clearly stands for: strictly closer than any other entry, and at most
     * a third of its length away (at least one character). Empty when that is not clear-cut.
     */
    public static Optional<String> clearlyNearest(String text, Collection<String> entries) {
        return clearlyNearest(text, entries, e -> between(e, text));
    }

    /** As {@link #clearlyNearest(String, Collection)}, with the distances already known. */
    public static Optional<String> clearlyNearest(String text, Collection<String> entries,
                                                  java.util.function.ToIntFunction<String> distance) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int runnerUp = Integer.MAX_VALUE;
        for (String entry : entries) {
            int d = distance.applyAsInt(entry);
            if (d < bestDistance) {
                runnerUp = bestDistance;
                bestDistance = d;
                best = entry;
            } else if (d < runnerUp) {
                runnerUp = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, best.codePointCount(0, best.length()) / 3);
        return bestDistance <= allowed && runnerUp > bestDistance ? Optional.of(best) : Optional.empty();
    }
}
