package io.scan2ledger.templates.samples;

import java.time.LocalDate;

/**
 * A synthetic resident. Names are kept in parts so a form can write them with a half-width or
 * full-width space between family and given name, as people do.
 *
 * @param sex 男 or 女
 */
public record Person(String family, String given, String familyKana, String givenKana, LocalDate birthDate,
                     String sex, String myNumber) {

    public String name(String space) {
        return family + space + given;
    }

    public String kana(String space) {
        return familyKana + space + givenKana;
    }
}
