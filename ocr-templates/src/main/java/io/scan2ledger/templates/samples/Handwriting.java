package io.scan2ledger.templates.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small ways people differ when writing the same thing: date styles, spaces, 〒, hiragana;
 * with {@link FillStyles}, also the gap between 氏 and 名 and how 丁目・番地 are written.
 */
final class Handwriting {

    /** 3丁目4番2号, the chōme also in kanji numerals (三丁目). */
    private static final Pattern BLOCK = Pattern.compile("([0-9]+|[一二三四五])丁目([0-9]+)番([0-9]+)号");
    private static final String KANJI_NUMERALS = "一二三四五";

    private final RandomGenerator r;
    private final FillStyles styles;
    /** Styles draw from their own stream, so turning them on leaves every other choice as it was. */
    private final RandomGenerator styleRandom;

    Handwriting(RandomGenerator r) {
        this(r, FillStyles.NONE, null);
    }

    Handwriting(RandomGenerator r, FillStyles styles, RandomGenerator styleRandom) {
        this.r = r;
        this.styles = styles;
        this.styleRandom = styleRandom;
    }

    /** A date in one of the era styles, with its ISO ground truth. */
    FieldValue date(LocalDate date) {
        return new FieldValue(EraDates.write(date, EraDates.randomStyle(r), r.nextBoolean()), date.toString());
    }

    /**
     * 氏 and 名 with a half-width or full-width space, a wide gap, or none; the truth is always
     * what a careful clerk keys, with one half-width space.
     */
    FieldValue name(Person p) {
        String space = space();
        double roll = styles.any() ? styleRandom.nextDouble() : 1;
        if (roll < styles.noGap()) {
            return new FieldValue(p.name(""), Expected.text(p.name(" ")));
        }
        if (roll < styles.noGap() + styles.wideGap()) {
            space = space.repeat(2 + styleRandom.nextInt(2));
        }
        return new FieldValue(p.name(space), null);
    }

    /** 3丁目4番2号 as it is, or 3-4-2 (sometimes in full-width ３－４－２), or 3丁目4番地2. */
    String address(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!styles.any() || !block.find()) {
            return text;
        }
        double roll = styleRandom.nextDouble();
        String chome = block.group(1);
        String written;
        if (roll < styles.hyphenatedAddress()) {
            int k = KANJI_NUMERALS.indexOf(chome);
            written = (k >= 0 ? String.valueOf(k + 1) : chome) + "-" + block.group(2) + "-" + block.group(3);
            if (styleRandom.nextInt(3) == 0) {
                written = EraDates.fullWidth(written).replace('-', '－');
            }
        } else if (roll < styles.hyphenatedAddress() + styles.banchiAddress()) {
            written = chome + "丁目" + block.group(2) + "番地" + block.group(3);
        } else {
            return text;
        }
        return text.substring(0, block.start()) + written + text.substring(block.end());
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
