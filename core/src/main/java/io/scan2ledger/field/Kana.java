package io.scan2ledger.field;

import java.util.List;

/**
 * {@code kana}: katakana such as フリガナ or 口座名義カナ. After {@link Normalize#text} (half-width
 * katakana become full-width), hiragana become katakana. Allowed: katakana U+30A1–U+30FA (small
 * kana and ヴ included), ー (U+30FC) and the space; anything else, the middle dot ・ included, is
 * INVALID {@code KANA_ONLY}. Text and value: the katakana, also when invalid.
 */
public final class Kana extends NormalizedFieldType {

    private static final Problem KANA_ONLY = Problem.invalid("KANA_ONLY",
            "カタカナで記入してください。漢字・英数字・記号は使えません（ひらがなはカタカナに直します）。",
            "Use katakana only. Kanji, letters, digits and symbols are not allowed"
                    + " (hiragana is converted to katakana).");

    /** Hiragana ぁ (U+3041) to ゖ (U+3096) sit exactly 0x60 below their katakana. */
    private static final int HIRAGANA_TO_KATAKANA = 0x60;

    public Kana() {
        super("kana");
    }

    @Override
    Parsed read(String text, List<String> options) {
        StringBuilder katakana = new StringBuilder(text.length());
        boolean allowed = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char k = c >= '\u3041' && c <= '\u3096' ? (char) (c + HIRAGANA_TO_KATAKANA) : c;
            allowed &= k == ' ' || k == 'ー' || (k >= '\u30A1' && k <= '\u30FA');
            katakana.append(k);
        }
        String kana = katakana.toString();
        return allowed ? Parsed.ok(kana, kana) : Parsed.invalid(kana, KANA_ONLY);
    }

    /** Katakana, hiragana (converted on reading), ー and the space. */
    @Override
    public String ocrWhitelist() {
        StringBuilder chars = new StringBuilder();
        for (char c = '\u3041'; c <= '\u3096'; c++) {
            chars.append(c).append((char) (c + HIRAGANA_TO_KATAKANA));
        }
        return chars.append("ヷヸヹヺー ").toString();
    }
}
