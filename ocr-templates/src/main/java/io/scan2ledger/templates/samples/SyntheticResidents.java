package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.ReferenceList;
import io.scan2ledger.templates.TemplateCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Invents consistent households: names with their katakana readings (a curated table in
 * residents.txt), addresses in the fictional 緑ヶ丘区 with the postal code of their town (the
 * catalog's postal-code supplement; other towns carry Japan Post's), phone numbers, valid My Numbers, bank
 * accounts and nurseries from the templates' reference lists. Same random state, same household.
 */
public final class SyntheticResidents {

    public static final String WARD = "東京都緑ヶ丘区";
    private static final LocalDate FIRST_FILING = LocalDate.of(2023, 1, 4);
    private static final LocalDate LAST_FILING = LocalDate.of(2025, 12, 26);
    private static final String[] KANJI_NUMERALS = {"一", "二", "三", "四", "五"};

    private final Map<String, List<String[]>> table;
    private final List<List<String>> banks;
    private final List<List<String>> branches;
    private final List<String> nurseries;
    /** The ward's towns and their (fictional) postal codes, from the catalog's postal-code supplement. */
    private final Map<String, String> wardCodes = new LinkedHashMap<>();

    public SyntheticResidents(TemplateCatalog catalog) {
        this.table = readTable();
        for (List<String> row : catalog.referenceRows(TemplateCatalog.POSTAL_SUPPLEMENT)) {
            if ((row.get(1) + row.get(2)).equals(WARD)) {
                wardCodes.put(row.get(3), row.get(0));
            }
        }
        for (String[] town : table.get("town")) {
            if (!wardCodes.containsKey(town[1])) {
                throw new IllegalStateException("no postal code for " + WARD + town[1] + " in reference/"
                        + TemplateCatalog.POSTAL_SUPPLEMENT + ".txt");
            }
        }
        this.banks = catalog.referenceList("banks").map(ReferenceList::rows).orElseThrow(
                () -> new IllegalStateException("reference list 'banks' is missing"));
        this.branches = catalog.referenceList("bank-branches").map(ReferenceList::rows).orElseThrow(
                () -> new IllegalStateException("reference list 'bank-branches' is missing"));
        this.nurseries = catalog.reference("nursery-facilities");
    }

    public Household household(RandomGenerator r) {
        LocalDate filedOn = between(r, FIRST_FILING, LAST_FILING);
        String[] family = pick(r, "family");
        boolean headIsMan = r.nextInt(10) < 7;
        Person head = person(r, family, headIsMan ? "男" : "女", between(r, LocalDate.of(1975, 1, 1),
                LocalDate.of(1998, 12, 31)));
        Person spouse = r.nextInt(10) < 7 ? person(r, family, headIsMan ? "女" : "男",
                head.birthDate().plusDays(r.nextInt(-1800, 1800))) : null;
        boolean spouseApplies = spouse != null && r.nextBoolean();
        Person applicant = spouseApplies ? spouse : head;
        String relation = spouseApplies ? (spouse.sex().equals("女") ? "妻" : "夫") : "世帯主";
        String moveKind = List.of("転入", "転入", "転居", "転居", "転出").get(r.nextInt(5));
        Household.Address home = wardAddress(r);
        Household.Address previous = moveKind.equals("転入") ? elsewhere(r) : moveKind.equals("転居") ? wardAddress(r)
                : home;
        Household.Address next = moveKind.equals("転出") ? elsewhere(r) : home;
        return new Household(head, applicant, relation, children(r, family, head, spouse, filedOn), home, previous,
                next, phone(r), account(r, applicant), filedOn, filedOn.minusDays(r.nextInt(15)), moveKind,
                taxes(r), workStatus(r), r.nextInt(10) < 3, choices(r));
    }

    /** 1 to 3 children, eldest first, the youngest under 5 (a nursery applicant), all born to adults. */
    private List<Person> children(RandomGenerator r, String[] family, Person head, Person spouse, LocalDate filedOn) {
        LocalDate earliest = head.birthDate().plusYears(20);
        if (spouse != null && spouse.birthDate().plusYears(20).isAfter(earliest)) {
            earliest = spouse.birthDate().plusYears(20);
        }
        LocalDate youngestFrom = filedOn.minusYears(5).isAfter(earliest) ? filedOn.minusYears(5) : earliest;
        List<Person> children = new ArrayList<>();
        LocalDate born = between(r, youngestFrom, filedOn.minusDays(30));
        int count = 1 + r.nextInt(3);
        while (children.size() < count && !born.isBefore(earliest)) {
            children.add(0, person(r, family, r.nextBoolean() ? "男" : "女", born));
            born = born.minusDays(r.nextInt(500, 1500));
        }
        return children;
    }

    private Person person(RandomGenerator r, String[] family, String sex, LocalDate birthDate) {
        String[] given = pick(r, sex.equals("男") ? "male" : "female");
        return new Person(family[1], given[1], family[2], given[2], birthDate, sex, myNumber(r));
    }

    private Household.Address wardAddress(RandomGenerator r) {
        String[] town = pick(r, "town");
        int chome = 1 + r.nextInt(5);
        String text = (r.nextInt(5) == 0 ? "" : "東京都") + WARD.substring(3) + town[1]
                + (r.nextInt(3) == 0 ? KANJI_NUMERALS[chome - 1] : String.valueOf(chome)) + "丁目"
                + (1 + r.nextInt(30)) + "番" + (1 + r.nextInt(20)) + "号";
        if (r.nextInt(10) < 3) {
            text += " " + pick(r, "building")[1] + (1 + r.nextInt(5)) + "0" + (1 + r.nextInt(9));
        }
        return new Household.Address(wardCodes.get(town[1]), text);
    }

    private Household.Address elsewhere(RandomGenerator r) {
        String[] place = pick(r, "elsewhere");
        return new Household.Address(place[2], place[1] + (1 + r.nextInt(5)) + "丁目" + (1 + r.nextInt(30)) + "番"
                + (1 + r.nextInt(20)) + "号");
    }

    private static String phone(RandomGenerator r) {
        if (r.nextInt(10) < 4) {
            return "03-" + (3000 + r.nextInt(7000)) + "-" + digits(r, 4);
        }
        return List.of("090", "080", "070").get(r.nextInt(3)) + "-" + (1000 + r.nextInt(9000)) + "-" + digits(r, 4);
    }

    private Household.BankAccount account(RandomGenerator r, Person holder) {
        List<String> bank = banks.get(r.nextInt(banks.size()));
        List<List<String>> ofBank = branches.stream().filter(b -> b.get(1).equals(bank.get(1))).toList();
        List<String> branch = ofBank.get(r.nextInt(ofBank.size()));
        String number = r.nextInt(100) < 15 ? String.valueOf(100000 + r.nextInt(900000)) : digits(r, 7);
        return new Household.BankAccount(bank.get(0), bank.get(1), branch.get(0), branch.get(2),
                r.nextInt(100) < 85 ? "普通" : "当座", number, holder.kana(" "));
    }

    private static List<String> taxes(RandomGenerator r) {
        List<String> all = List.of("住民税", "固定資産税", "軽自動車税", "国民健康保険料");
        List<String> chosen = new ArrayList<>();
        for (String tax : all) {
            if (r.nextInt(100) < 40) {
                chosen.add(tax);
            }
        }
        return chosen.isEmpty() ? List.of(all.get(r.nextInt(all.size()))) : chosen;
    }

    private static List<String> workStatus(RandomGenerator r) {
        int roll = r.nextInt(100);
        if (roll < 70) {
            return List.of("就労");
        } else if (roll < 80) {
            return List.of("求職中");
        } else if (roll < 88) {
            return List.of("就学");
        } else if (roll < 95) {
            return List.of("その他");
        }
        return List.of("就労", "就学");
    }

    private List<String> choices(RandomGenerator r) {
        List<String> pool = new ArrayList<>(nurseries);
        int count = 1 + (r.nextInt(10) < 8 ? 1 : 0) + (r.nextInt(10) < 6 ? 1 : 0);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(r.nextInt(pool.size())));
        }
        return chosen;
    }

    static String myNumber(RandomGenerator r) {
        String first11 = (1 + r.nextInt(9)) + digits(r, 10);
        return first11 + CheckDigits.myNumber(first11);
    }

    static String digits(RandomGenerator r, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + r.nextInt(10)));
        }
        return out.toString();
    }

    static LocalDate between(RandomGenerator r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    private String[] pick(RandomGenerator r, String kind) {
        List<String[]> rows = table.get(kind);
        return rows.get(r.nextInt(rows.size()));
    }

    private static Map<String, List<String[]>> readTable() {
        try (InputStream in = SyntheticResidents.class.getResourceAsStream("residents.txt")) {
            Map<String, List<String[]>> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t");
                    table.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
                }
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
