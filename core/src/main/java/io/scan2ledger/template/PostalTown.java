package io.scan2ledger.template;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One town a postal code names, as Japan Post lists it (or as the fictional ward's supplement does).
 *
 * @param code       the seven digits (a hyphen or 〒 given here is dropped)
 * @param prefecture 都道府県, e.g. 東京都
 * @param city       市区町村 as Japan Post writes it: 目黒区, 横浜市港北区, 西多摩郡奥多摩町
 * @param town       町域, e.g. 駒場; empty (or 以下に掲載がない場合, 一円...) when the code covers the
 *                   rest of the city; may carry a note in brackets (大通西（１～１９丁目）)
 */
public record PostalTown(String code, String prefecture, String city, String town) {

    /** Japan Post's ways of saying "the whole city" or "the city's other towns" instead of a town. */
    private static final Set<String> WHOLE_CITY = Set.of("以下に掲載がない場合", "一円");
    /** 小菅村の次に６６４番地以降がくる場合: the rest of a village, by lot number. */
    private static final String BY_LOT_NUMBER = "がくる場合";
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");

    public PostalTown {
        code = SEVEN_DIGITS.matcher(code).matches() ? code : NOT_DIGITS.matcher(code).replaceAll("");
    }

    /** The town's own name, without notes; empty when the code stands for (the rest of) the city. */
    public String townName() {
        if (WHOLE_CITY.contains(town) || town.endsWith(BY_LOT_NUMBER)) {
            return "";
        }
        // A note follows the name in brackets: （１～１９丁目）, （次のビルを除く）, （高層棟）１階.
        int note = town.indexOf('（');
        note = note < 0 ? town.indexOf('(') : note;
        return note < 0 ? town : town.substring(0, note).strip();
    }

    /** Prefecture, city and town as one place name, for people: 東京都目黒区駒場. */
    public String placeName() {
        return prefecture + city + townName();
    }
}
