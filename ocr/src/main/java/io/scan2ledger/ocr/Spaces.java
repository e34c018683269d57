package io.scan2ledger.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of handwriting or print has its spaces, measured on the paper: white gaps in the
 * ink, in units of the line's ink height.
 *
 * <p>Japanese is written without spaces, and Tesseract puts one between most characters, so its own
 * spaces are ignored. The spaces that matter are: before a building name in an address (on the
 * sample scans ≥ 0.70, while gaps inside words are ≤ 0.53), and between family and given name. In
 * a name a narrow kana such as ト or リ leaves nearly as much white as a half-width space, so a name
 * gets at most one space, at its widest gap, and only when that gap clearly stands out; otherwise
 * the line is flagged ambiguous and a person decides. The line is then cut at the chosen gaps and
 * each piece read on its own, so a space always lands exactly where it is on the paper.
 */
enum Spaces {
    /** Dates, numbers, codes, choices: a space is always noise. */
    NONE,
    /** Free text: every gap wider than {@link #TEXT_SPACE}. */
    WORDS,
    /** A person's name or its kana: at most one space, at the widest gap. */
    NAME;

    static final double TEXT_SPACE = 0.62;
    private static final double TEXT_DOUBT = 0.55;
    private static final double NAME_MIN = 0.55;
    private static final double NAME_NONE = 0.45;
    private static final double NAME_STANDS_OUT = 1.3;

    /** The gaps that are spaces, and whether some gap could not be told apart from letter spacing. */
    record Found(List<InkBox.Gap> gaps, boolean ambiguous) {
    }

    static Spaces of(String fieldType) {
        return switch (fieldType) {
            case "text" -> WORDS;
            case "name", "kana" -> NAME;
            default -> NONE;
        };
    }

    Found find(InkBox.Line line) {
        double h = Math.max(1, line.inkHeight());
        List<InkBox.Gap> gaps = line.gaps();
        List<InkBox.Gap> chosen = new ArrayList<>();
        boolean ambiguous = false;
        if (this == WORDS) {
            for (InkBox.Gap g : gaps) {
                double size = g.width() / h;
                if (size >= TEXT_SPACE) {
                    chosen.add(g);
                }
                ambiguous |= size >= TEXT_DOUBT && size < TEXT_SPACE;
            }
        } else if (this == NAME && !gaps.isEmpty()) {
            List<InkBox.Gap> bySize = new ArrayList<>(gaps);
            bySize.sort((a, b) -> Integer.compare(b.width(), a.width()));
            double widest = bySize.get(0).width() / h;
            double next = bySize.size() > 1 ? bySize.get(1).width() / h : 0;
            if (widest >= NAME_MIN && widest >= NAME_STANDS_OUT * next) {
                chosen.add(bySize.get(0));
            } else if (widest >= NAME_NONE) {
                ambiguous = true;
                if (widest >= TEXT_SPACE) {
                    chosen.add(bySize.get(0));
                }
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.x(), b.x()));
        return new Found(chosen, ambiguous);
    }
}
