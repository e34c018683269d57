package io.scan2ledger.templates.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/** The small ways people differ when writing the same thing: date styles, spaces, 〒, hiragana. */
final class Handwriting {

    private final RandomGenerator r;

    Handwriting(RandomGenerator r) {
        this.r = r;
    }

    /** A date in one of the era styles, with its ISO ground truth. */
    FieldValue date(LocalDate date) {
        return new FieldValue(EraDates.write(date, EraDates.randomStyle(r), r.nextBoolean()), date.toString());
    }

    String name(Person p) {
        return p.name(space());
    }

    /** フリガナ in katakana, now and then in hiragana (the kana type reads both). */
    String kana(Person p) {
        String kana = p.kana(space());
        return r.nextInt(10) == 0 ? hiragana(kana) : kana;
    }

    String postalCode(String code) {
        return r.nextInt(5) == 0 ? "〒" + code : code;
    }

    String options(List<String> chosen) {
        return String.join(",", chosen);
    }

    private String space() {
        return r.nextInt(10) < 3 ? "　" : " ";
    }

    private static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (char c : katakana.toCharArray()) {
            out.append(c >= 'ァ' && c <= 'ヶ' && c != 'ヵ' && c != 'ヶ' ? (char) (c - ('ァ' - 'ぁ')) : c);
        }
        return out.toString();
    }
}
