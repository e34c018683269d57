package io.scan2ledger.web.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A value cut into pieces, those the reading model was unsure of marked. The reader records the
 * weak characters in reading order, not their places, and the value may since have been repaired:
 * so they are matched in order, each to its first match after the previous one (exact when the
 * value is the first reading, which is the common case).
 */
public final class WeakMarks {

    /** A run of characters, in doubt or not. */
    public record Piece(String text, boolean weak) {
    }

    private WeakMarks() {
    }

    public static List<Piece> of(String value, String weakChars) {
        List<Piece> pieces = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return pieces;
        }
        int[] chars = value.codePoints().toArray();
        boolean[] marked = new boolean[chars.length];
        int from = 0;
        for (int weak : (weakChars == null ? "" : weakChars).codePoints().toArray()) {
            for (int i = from; i < chars.length; i++) {
                if (chars[i] == weak) {
                    marked[i] = true;
                    from = i + 1;
                    break;
                }
            }
            // A weak character the value no longer holds (repaired away) marks nothing.
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < chars.length; i++) {
            if (i > 0 && marked[i] != marked[i - 1]) {
                pieces.add(new Piece(run.toString(), marked[i - 1]));
                run.setLength(0);
            }
            run.appendCodePoint(chars[i]);
        }
        pieces.add(new Piece(run.toString(), marked[chars.length - 1]));
        return pieces;
    }
}
