package io.scan2ledger.field;

/**
 * {@code name}: a person's name in kanji or kana, read like {@link FreeText}. It has its own id so
 * that templates, logs and redaction can tell personal names from other text; it checks nothing
 * more, since a name may hold any character (異体字, Latin letters, ・).
 */
public final class PersonName extends FreeText {

    public PersonName() {
        super("name");
    }
}
