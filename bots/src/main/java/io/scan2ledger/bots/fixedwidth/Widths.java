package io.scan2ledger.bots.fixedwidth;

import java.text.Normalizer;
import java.util.Map;

/**
 * Half-width / full-width conversions as mainframe layouts want them. Only the characters named
 * here are changed; anything else is left for the byte-width check to refuse, so nothing is
 * replaced by a guess.
 */
final class Widths {

    /** Full-width katakana and marks in the order of the half-width block U+FF61..U+FF9F. */
    private static final String FULL_KANA =
            "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";
    private static final char FIRST_HALF_KANA = '\uFF61';
    private static final char HALF_DAKUTEN = 'ﾞ';
    private static final char HALF_HANDAKUTEN = 'ﾟ';
    private static final char COMBINING_DAKUTEN = '\u3099';
    private static final char COMBINING_HANDAKUTEN = '\u309A';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** Old kana with no half-width form, written as their usual stand-ins (ヵ and ヶ are not: their reading varies). */
    private static final Map<Character, Character> OLD_KANA = Map.of('ヮ', 'ﾜ', 'ヰ', 'ｲ', 'ヱ', 'ｴ');
    /**
     * Where Unicode mappings of JIS X 0208 differ (〜 U+301C vs ～ U+FF5E...), the form Windows-31J
     * has. Text from other systems or OCR often holds the JIS form, which Windows-31J lacks.
     */
    private static final Map<Character, Character> MS_FORMS = Map.of(
            '\u301C', '\uFF5E', '\u2212', '\uFF0D', '\u2016', '\u2225', '\u2014', '\u2015',
            '\u00A2', '\uFFE0', '\u00A3', '\uFFE1', '\u00AC', '\uFFE2');

    private Widths() {
    }

    static String msForms(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(MS_FORMS.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Full-width ASCII (Ａ１－) and the ideographic space to their half-width forms. */
    static String halfWidthAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(narrowAscii(c));
        }
        return out.toString();
    }

    /** Katakana and hiragana to half-width katakana (ガ → ｶﾞ), plus {@link #halfWidthAscii}. */
    static String halfWidthKana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char k = c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ア' - 'あ')) : c;
            // ガ is カ + combining dakuten once decomposed; each part has a half-width form.
            String parts = k >= '\u30A0' && k <= '\u30FF' ? Normalizer.normalize(String.valueOf(k), Normalizer.Form.NFD) : String.valueOf(k);
            for (char p : parts.toCharArray()) {
                out.append(narrowKana(p));
            }
        }
        return out.toString();
    }

    /** ASCII, spaces and half-width katakana to full width (ｶﾞ → ガ). */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                out.append(IDEOGRAPHIC_SPACE);
            } else if (c > ' ' && c < '\u007F') {
                out.append((char) (c + 0xFEE0));
            } else if (c >= FIRST_HALF_KANA && c <= HALF_HANDAKUTEN) {
                char full = FULL_KANA.charAt(c - FIRST_HALF_KANA);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                String voiced = next == HALF_DAKUTEN || next == HALF_HANDAKUTEN ? Normalizer.normalize(
                        "" + full + (next == HALF_DAKUTEN ? COMBINING_DAKUTEN : COMBINING_HANDAKUTEN), Normalizer.Form.NFC) : "";
                if (voiced.length() == 1) {
                    out.append(voiced);
                    i++;
                } else {
                    out.append(full);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char narrowAscii(char c) {
        if (c == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    private static char narrowKana(char c) {
        if (c == COMBINING_DAKUTEN) {
            return HALF_DAKUTEN;
        }
        if (c == COMBINING_HANDAKUTEN) {
            return HALF_HANDAKUTEN;
        }
        int index = FULL_KANA.indexOf(c);
        if (index >= 0) {
            return (char) (FIRST_HALF_KANA + index);
        }
        return OLD_KANA.getOrDefault(c, narrowAscii(c));
    }
}
