package io.scan2ledger.ocr;

/** Small corrections on Tesseract's Japanese text. */
final class TextJoiner {

    private TextJoiner() {
    }

    /** The characters read, without Tesseract's own spaces (see {@link Spaces}), corrected. */
    static String text(OcrText read) {
        return fixSmallKe(read.text().replace(" ", ""));
    }

    /**
     * Between two kanji, ケ is almost always the small ヶ of place names (緑ヶ丘, 霞ヶ関); Tesseract
     * cannot tell their sizes apart reliably. A ケ in katakana words (ケーキ) is left alone.
     */
    static String fixSmallKe(String s) {
        StringBuilder out = new StringBuilder(s);
        for (int i = 1; i < out.length() - 1; i++) {
            if (out.charAt(i) == 'ケ' && isKanji(out.charAt(i - 1)) && isKanji(out.charAt(i + 1))) {
                out.setCharAt(i, 'ヶ');
            }
        }
        return out.toString();
    }

    private static boolean isKanji(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
