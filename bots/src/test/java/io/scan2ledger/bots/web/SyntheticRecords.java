package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.LedgerRecord;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible, made-up records for both forms, as the application hands them to a bot: template
 * field names, normalised values (ISO dates, digits, katakana). Names come from short lists of
 * common ones; numbers are random. Same seed, same records.
 */
final class SyntheticRecords {

    private static final String[][] FAMILY = {{"山田", "ヤマダ"}, {"佐藤", "サトウ"}, {"鈴木", "スズキ"},
            {"高橋", "タカハシ"}, {"田中", "タナカ"}, {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"中村", "ナカムラ"}};
    private static final String[][] GIVEN = {{"花子", "ハナコ"}, {"太郎", "タロウ"}, {"美咲", "ミサキ"},
            {"健太", "ケンタ"}, {"陽菜", "ヒナ"}, {"大輔", "ダイスケ"}, {"結衣", "ユイ"}, {"翔", "ショウ"}};
    private static final String[] TOWNS = {"緑ヶ丘一丁目", "緑ヶ丘二丁目", "若葉町", "桜台", "中央三丁目"};

    private final Random random;

    SyntheticRecords(long seed) {
        this.random = new Random(seed);
    }

    static String key(long documentId) {
        return String.format("S2L-%06d", documentId);
    }

    /** 児童手当 認定請求書 with 1 to 3 children. */
    LedgerRecord childAllowance(long documentId) {
        String[] family = pick(FAMILY);
        String[] given = pick(GIVEN);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("claimedOn", LocalDate.of(2025, 4, 1).plusDays(random.nextInt(200)).toString());
        v.put("kana", family[1] + " " + given[1]);
        v.put("name", family[0] + " " + given[0]);
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(365 * 20));
        v.put("birthDate", born.toString());
        v.put("postalCode", "123-" + digits(4));
        v.put("phone", "03-" + digits(4) + "-" + digits(4));
        v.put("address", "東京都緑ヶ丘区" + TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(30)) + "-"
                + (1 + random.nextInt(20)));
        v.put("myNumber", digits(12));
        v.put("bankCode", digits(4));
        v.put("branchCode", digits(3));
        v.put("accountType", random.nextInt(5) == 0 ? "当座" : "普通");
        v.put("accountNumber", digits(7));
        v.put("accountHolderKana", family[1] + " " + given[1]);
        int children = 1 + random.nextInt(3);
        for (int i = 0; i < children; i++) {
            v.put("children[" + i + "].name", family[0] + " " + pick(GIVEN)[0]);
            v.put("children[" + i + "].birthDate", LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 14)).toString());
            v.put("children[" + i + "].relation", "子");
        }
        return new LedgerRecord(key(documentId), documentId, "jidou-teate", v);
    }

    /** 住民異動届. */
    LedgerRecord residentMove(long documentId) {
        String[] family = pick(FAMILY);
        String[] given = pick(GIVEN);
        Map<String, String> v = new LinkedHashMap<>();
        LocalDate moved = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
        v.put("filedOn", moved.plusDays(random.nextInt(14)).toString());
        v.put("movedOn", moved.toString());
        v.put("moveKind", List.of("転入", "転居", "転出").get(random.nextInt(3)));
        v.put("newAddress", "東京都緑ヶ丘区" + TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(30)) + "-1");
        v.put("oldAddress", "神奈川県横浜市中区" + (1 + random.nextInt(9)) + "-2-3");
        v.put("householdHead", family[0] + " " + given[0]);
        v.put("phone", "090-" + digits(4) + "-" + digits(4));
        v.put("kana", family[1] + " " + given[1]);
        v.put("name", family[0] + " " + given[0]);
        v.put("birthDate", LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60)).toString());
        v.put("sex", random.nextBoolean() ? "男" : "女");
        v.put("relation", "世帯主");
        return new LedgerRecord(key(documentId), documentId, "jumin-ido", v);
    }

    private String[] pick(String[][] list) {
        return list[random.nextInt(list.length)];
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
