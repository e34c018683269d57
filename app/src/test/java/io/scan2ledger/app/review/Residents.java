package io.scan2ledger.app.review;

import io.scan2ledger.field.MyNumber;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fictional residents for the review tests. Every name and My Number handed out is remembered, so
 * that the log test can check that none of them ever reached the application's logs.
 */
final class Residents {

    private static final List<String[]> SURNAMES = List.of(new String[]{"佐藤", "サトウ"}, new String[]{"高橋", "タカハシ"},
            new String[]{"田中", "タナカ"}, new String[]{"伊藤", "イトウ"}, new String[]{"渡辺", "ワタナベ"},
            new String[]{"山本", "ヤマモト"}, new String[]{"中村", "ナカムラ"}, new String[]{"小林", "コバヤシ"},
            new String[]{"加藤", "カトウ"}, new String[]{"吉田", "ヨシダ"}, new String[]{"山口", "ヤマグチ"},
            new String[]{"松本", "マツモト"});
    private static final List<String[]> GIVEN = List.of(new String[]{"健太", "ケンタ"}, new String[]{"美咲", "ミサキ"},
            new String[]{"翔太", "ショウタ"}, new String[]{"陽菜", "ヒナ"}, new String[]{"大輝", "ダイキ"},
            new String[]{"結衣", "ユイ"}, new String[]{"拓海", "タクミ"}, new String[]{"葵", "アオイ"},
            new String[]{"蓮", "レン"}, new String[]{"凛", "リン"});
    private static final Random RANDOM = new Random();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    /** A claimant, their child and their (valid) My Number. */
    record Resident(String name, String kana, String childName, String myNumber) {
    }

    private Residents() {
    }

    static Resident next() {
        String[] surname = pick(SURNAMES);
        String[] given = pick(GIVEN);
        String[] child = pick(GIVEN);
        Resident r = new Resident(surname[0] + " " + given[0], surname[1] + " " + given[1],
                surname[0] + " " + child[0], myNumber());
        remember(List.of(r.name(), r.kana(), r.childName(), r.myNumber()));
        return r;
    }

    static String myNumber() {
        StringBuilder first11 = new StringBuilder();
        first11.append(1 + RANDOM.nextInt(9));
        for (int i = 1; i < 11; i++) {
            first11.append(RANDOM.nextInt(10));
        }
        String number = first11.toString() + MyNumber.checkDigit(first11.toString());
        remember(List.of(number));
        return number;
    }

    /** The same number with its last digit changed: fails the check digit. */
    static String withWrongCheckDigit(String myNumber) {
        char last = myNumber.charAt(11);
        String wrong = myNumber.substring(0, 11) + (char) ('0' + (last - '0' + 1) % 10);
        remember(List.of(wrong));
        return wrong;
    }

    /** Also remembers other personal data a test uses (values typed in a correction, a scan's names). */
    static void remember(Collection<String> values) {
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> {
            SECRETS.add(v);
            SECRETS.add(v.replace(" ", ""));
        });
    }

    static Set<String> secrets() {
        return Set.copyOf(SECRETS);
    }

    private static String[] pick(List<String[]> list) {
        return list.get(RANDOM.nextInt(list.size()));
    }
}
