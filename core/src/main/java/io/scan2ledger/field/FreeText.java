package io.scan2ledger.field;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code text}: free text (an address, a note), as {@link Normalize#text} leaves it, with two
 * repairs of what OCR does to Japanese print that no real text needs undone. Never invalid; text
 * holding markup or control characters is flagged for a person.
 */
public class FreeText extends NormalizedFieldType {

    /**
     * A space between two hiragana: Japanese is written without spaces, and a wide kana such as く
     * leaves a gap OCR takes for one (さく ら台). A space before a building name follows a kanji or
     * a digit (…3号 ひばり荘), so it stays.
     */
    private static final Pattern SPACE_IN_HIRAGANA = Pattern.compile("(?<=[\\u3041-\\u309F]) (?=[\\u3041-\\u309F])");
    /**
     * 丁目 between numbers, as OCR misreads its thin 丁 (丁日, 」目, 十目, or nothing at all), and
     * 号 after the 番 number, which it reads as 全. These sequences occur in no Japanese word; in an
     * address 丁目 and 号 belong there.
     */
    private static final Pattern CHOME = Pattern.compile("(?<=[0-9一二三四五六七八九十])(?:丁日|[」\\]]目|[」\\]]日|十目|目)(?=[0-9])");
    private static final Pattern GO = Pattern.compile("(?<=番[0-9]{1,4})全(?= |$)");

    /** Markup a screen or a ledger downstream might act on, and control or invisible format characters. */
    private static final Pattern MARKUP = Pattern.compile("[<>\"&\\p{Cc}\\p{Cf}]");

    /** Whether the text holds markup or control characters, which no name or address has. */
    static boolean holdsMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    public FreeText() {
        this("text");
    }

    /** For {@link PersonName}, which reads the same way under its own id. */
    FreeText(String id) {
        super(id);
    }

    @Override
    Parsed read(String text, List<String> options) {
        if (!id().equals("text")) {
            return Parsed.ok(text, text);
        }
        String tidy = SPACE_IN_HIRAGANA.matcher(text).replaceAll("");
        tidy = GO.matcher(CHOME.matcher(tidy).replaceAll("丁目")).replaceAll("号");
        if (holdsMarkup(tidy)) {
            // Kept as written for the supervisor, who decides; never passed on unseen.
            return new Parsed(tidy, tidy, List.of(Problem.review("TEXT_MARKUP",
                    "記号・制御文字（< > \" & など）が含まれています。原本と照合してください",
                    "The text holds markup or control characters (< > \" & and the like). Please compare with the scan")));
        }
        return Parsed.ok(tidy, tidy);
    }
}
