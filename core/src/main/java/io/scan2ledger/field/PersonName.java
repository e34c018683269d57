package io.scan2ledger.field;

import java.util.List;

/**
 * {@code name}: a person's name in kanji or kana, read like {@link FreeText}. It has its own id so
 * that templates, logs and redaction can tell personal names from other text. A name may hold any
 * letter (異体字, kana, Latin letters for foreign residents) with ・ ー 々 and spaces. Digits and
 * other marks are rarely part of a name and are often OCR's reading of a blot or of a kanji it does
 * not know, so a value holding them is kept but marked for a person to confirm (a hyphenated
 * foreign name is confirmed once). Markup and control characters ({@code <>"&}, U+0000…) are no
 * name at all: such a value is invalid, whatever a screen or a ledger downstream would make of it.
 */
public final class PersonName extends FreeText {

    public PersonName() {
        super("name");
    }

    @Override
    Parsed read(String text, List<String> options) {
        Parsed parsed = super.read(text, options);
        if (FreeText.holdsMarkup(text)) {
            return new Parsed(parsed.text(), null, List.of(Problem.invalid("NAME_MARKUP",
                    "氏名に使えない記号・制御文字（< > \" & など）が含まれています",
                    "The name holds markup or control characters (< > \" & and the like), which no name has")));
        }
        if (text.codePoints().allMatch(PersonName::belongsInAName)) {
            return parsed;
        }
        return new Parsed(parsed.text(), parsed.value(), List.of(Problem.review("NAME_CHARACTERS",
                "氏名に使われない文字（数字・記号）が含まれています",
                "The name holds characters names do not use (digits, marks)")));
    }

    private static boolean belongsInAName(int c) {
        return Character.isLetter(c) || c == ' ' || c == '・' || c == 'ー' || c == '々';
    }
}
