package io.scan2ledger.web.review;

import io.scan2ledger.extraction.DocumentField;

import java.util.List;

/**
 * My Number (個人番号) as every screen and the API show it: {@code ********1234}. The last four
 * digits are enough to compare with the paper; the whole number only after an audited reveal.
 */
public final class MyNumberMask {

    public static final String TYPE = "my-number";
    private static final int KEPT = 4;

    private MyNumberMask() {
    }

    public static boolean applies(DocumentField field) {
        return TYPE.equals(field.type());
    }

    /** Every character but the last four hidden; a text too short to hide anything is hidden whole. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        int kept = text.length() >= 2 * KEPT ? KEPT : 0;
        return "*".repeat(text.length() - kept) + text.substring(text.length() - kept);
    }

    /** The value to show: masked for a My Number unless revealed, as is for any other field. */
    public static String value(DocumentField field, boolean revealed) {
        return applies(field) && !revealed ? mask(field.value()) : field.value();
    }

    public static String rawText(DocumentField field, boolean revealed) {
        return applies(field) && !revealed ? mask(field.rawText()) : field.rawText();
    }

    /** The other readings of the field, each masked like the value: a competing reading is the number too. */
    public static List<String> alternatives(DocumentField field, boolean revealed) {
        List<String> readings = field.evidence().alternatives();
        return applies(field) && !revealed ? readings.stream().map(MyNumberMask::mask).toList() : readings;
    }

    /**
     * The characters the model was unsure of. For a hidden My Number only their count: they are
     * digits of the number, and none is known to fall in the four digits that may be shown.
     */
    public static String weakChars(DocumentField field, boolean revealed) {
        String weak = field.evidence().weakChars();
        return applies(field) && !revealed ? "*".repeat(weak.length()) : weak;
    }
}
