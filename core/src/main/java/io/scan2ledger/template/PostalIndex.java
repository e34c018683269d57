package io.scan2ledger.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-memory {@link PostalDirectory}. Place names are compared as keys (NFKC, no spaces, one
 * spelling for ヶ/ヵ/ケ/が and の/ノ/之), and an address is read from its beginning: an optional
 * prefecture, the longest city name the directory knows, then the longest town name of that city.
 * The longest match matters: 本町 is not 本町通, 目黒区 is not 上目黒.
 */
final class PostalIndex implements PostalDirectory {

    private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県",
            "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県",
            "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県",
            "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
            "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
            "鹿児島県", "沖縄県");
    /** 西多摩郡奥多摩町 is mostly written 奥多摩町; 大和郡山市 is a city, not a 郡. */
    private static final Pattern COUNTY_TOWN = Pattern.compile("^.+?郡(.+[町村])$");
    /** Shorter town names are too common inside other words to be looked for further into an address. */
    private static final int MIN_TOWN_INSIDE = 2;

    /** A town as compared: its city ({@code prefecture TAB city}) and its name's key. */
    private record Place(String prefecture, String cityId, String town) {
    }

    /** The cities an address names (one spelling may stand for cities in several prefectures), and what follows. */
    private record NamedCity(Set<String> cityIds, String rest) {
    }

    private final Map<String, List<PostalTown>> towns = new HashMap<>();
    private final Map<String, List<Place>> places = new HashMap<>();
    private final Map<String, Set<String>> citiesByWriting = new HashMap<>();
    private final Map<String, Set<String>> townsByCity = new HashMap<>();
    private int longestCity;
    private int longestTown;

    PostalIndex(Collection<PostalTown> entries) {
        // Japan Post's 140 000 codes share a few thousand prefecture and city names: each is keyed once.
        Map<String, String> keys = new HashMap<>();
        for (PostalTown entry : entries) {
            String code = entry.code();
            towns.computeIfAbsent(code, c -> new ArrayList<>()).add(entry);
            String prefecture = keys.computeIfAbsent(entry.prefecture(), PostalIndex::key);
            String city = keys.computeIfAbsent(entry.city(), PostalIndex::key);
            String cityId = keys.computeIfAbsent(prefecture + "\t" + city, id -> id);
            String town = key(withoutAza(entry.townName()));
            places.computeIfAbsent(code, c -> new ArrayList<>()).add(new Place(prefecture, cityId, town));
            if (!townsByCity.containsKey(cityId)) {
                addCityWriting(city, cityId);
                Matcher county = COUNTY_TOWN.matcher(city);
                if (county.matches()) {
                    addCityWriting(county.group(1), cityId);
                }
                townsByCity.put(cityId, new HashSet<>());
            }
            if (!town.isEmpty()) {
                townsByCity.get(cityId).add(town);
                longestTown = Math.max(longestTown, town.length());
            }
        }
        towns.replaceAll((code, list) -> List.copyOf(list));
    }

    private void addCityWriting(String writing, String cityId) {
        citiesByWriting.computeIfAbsent(writing, w -> new HashSet<>()).add(cityId);
        longestCity = Math.max(longestCity, writing.length());
    }

    @Override
    public List<PostalTown> towns(String postalCode) {
        return towns.getOrDefault(digits(postalCode), List.of());
    }

    @Override
    public int size() {
        return towns.size();
    }

    @Override
    public Agreement agreement(String postalCode, String address) {
        List<Place> named = places.getOrDefault(digits(postalCode), List.of());
        String text = key(address);
        if (named.isEmpty() || text.isEmpty()) {
            return Agreement.UNKNOWN;
        }
        String prefecture = PREFECTURES.stream().filter(text::startsWith).findFirst().orElse(null);
        String rest = prefecture == null ? text : text.substring(prefecture.length());
        Optional<NamedCity> city = cityAt(prefecture, rest);
        if (city.isEmpty()) {
            boolean otherPrefecture = prefecture != null && named.stream().noneMatch(p -> p.prefecture().equals(prefecture));
            return otherPrefecture ? Agreement.DISAGREE : Agreement.UNKNOWN;
        }
        String townText = withoutAza(city.get().rest());
        boolean sameCity = false;
        for (Place place : named) {
            if (city.get().cityIds().contains(place.cityId())) {
                sameCity = true;
                String town = townAt(place.cityId(), townText);
                // A code for the whole city agrees with any of its towns. A town the directory does not
                // know at the start may still name the code's town further on (京都's 通り names first).
                if (place.town().isEmpty() || place.town().equals(town) || town == null
                        && place.town().length() >= MIN_TOWN_INSIDE && townText.contains(place.town())) {
                    return Agreement.AGREE;
                }
            }
        }
        return sameCity && townText.isEmpty() ? Agreement.UNKNOWN : Agreement.DISAGREE;
    }

    /** The longest city name {@code text} begins with, in the prefecture when one is written. */
    private Optional<NamedCity> cityAt(String prefecture, String text) {
        for (int length = Math.min(longestCity, text.length()); length > 0; length--) {
            Set<String> ids = new HashSet<>(citiesByWriting.getOrDefault(text.substring(0, length), Set.of()));
            if (prefecture != null) {
                ids.removeIf(id -> !id.startsWith(prefecture + "\t"));
            }
            if (!ids.isEmpty()) {
                return Optional.of(new NamedCity(ids, text.substring(length)));
            }
        }
        return Optional.empty();
    }

    /** The longest town name of the city that {@code text} begins with; null when none. */
    private String townAt(String cityId, String text) {
        Set<String> known = townsByCity.getOrDefault(cityId, Set.of());
        for (int length = Math.min(longestTown, text.length()); length > 0; length--) {
            if (known.contains(text.substring(0, length))) {
                return text.substring(0, length);
            }
        }
        return null;
    }

    /** A place name as compared: NFKC without spaces, one spelling for ヶ/ケ/が and の/ノ/之. */
    static String key(String text) {
        String nfkc = text == null ? "" : Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            switch (c) {
                case 'ヶ', 'ヵ', 'ケ', 'が' -> key.append('ケ');
                case 'ノ', '之' -> key.append('の');
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        key.append(c);
                    }
                }
            }
        }
        // Most names are their own key: keeping the same string halves the index's memory.
        return nfkc.contentEquals(key) ? nfkc : key.toString();
    }

    /** 大字 and 字 are written or left out at will before a town's name. */
    private static String withoutAza(String town) {
        return town.startsWith("大字") ? town.substring(2) : town.startsWith("字") ? town.substring(1) : town;
    }

    /** The seven digits of a postal code however written; "" for anything else. */
    static String digits(String postalCode) {
        String digits = key(postalCode).replaceAll("[^0-9]", "");
        return digits.length() == 7 ? digits : "";
    }
}
