package io.scan2ledger.templates.samples.procedural;

import io.scan2ledger.templates.samples.procedural.FieldIdea.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import static io.scan2ledger.templates.samples.procedural.FieldIdea.boxed;
import static io.scan2ledger.templates.samples.procedural.FieldIdea.withOptions;
import static io.scan2ledger.templates.samples.procedural.FieldIdea.written;

/**
 * The fields procedural forms are made of. Names the sample household knows come first (so a
 * form's name, reading, postal code and address agree); the generic ones stand for anything else
 * a ward asks, with a value of their type. Order here is the order on the form.
 */
final class FieldVocabulary {

    static final List<FieldIdea> ALL = List.of(
            written("filedOn", "era-date", Section.HEADER, "Date of filing", 45, "届出日", "申請日", "記入日", "申込日"),
            written("kana", "kana", Section.PERSON, "Name in katakana", 55, "フリガナ", "ふりがな"),
            written("name", "name", Section.PERSON, "Name", 45, "氏名", "申請者氏名", "届出人氏名"),
            written("birthDate", "era-date", Section.PERSON, "Date of birth", 45, "生年月日"),
            withOptions("sex", "choice", Section.PERSON, "Sex", List.of("男", "女"), "性別"),
            withOptions("relation", "choice", Section.PERSON, "Relation to the head of household",
                    List.of("世帯主", "妻", "夫", "子", "父", "母", "その他"), "続柄"),
            written("postalCode", "postal-code", Section.PERSON, "Postal code", 35, "郵便番号").orBoxed(7),
            written("address", "text", Section.PERSON, "Address", 110, "住所", "現住所"),
            written("phone", "phone", Section.PERSON, "Telephone", 40, "電話番号", "連絡先電話"),
            boxed("myNumber", "my-number", Section.PERSON, "My Number", 12, "個人番号"),
            written("householdHead", "name", Section.PERSON, "Head of household", 45, "世帯主氏名", "世帯主"),
            written("movedOn", "era-date", Section.DETAILS, "Date of the move", 45, "異動日", "転入日", "異動年月日"),
            written("newAddress", "text", Section.DETAILS, "New address", 110, "新住所"),
            written("oldAddress", "text", Section.DETAILS, "Previous address", 110, "旧住所", "前住所"),
            written("childKana", "kana", Section.DETAILS, "Child's name in katakana", 55, "児童フリガナ"),
            written("childName", "name", Section.DETAILS, "Child's name", 45, "児童氏名", "お子さんの氏名"),
            written("childBirthDate", "era-date", Section.DETAILS, "Child's date of birth", 45, "児童生年月日"),
            withOptions("taxes", "checkbox-group", Section.DETAILS, "Taxes",
                    List.of("住民税", "固定資産税", "軽自動車税", "国民健康保険料"), "税目"),
            withOptions("workStatus", "checkbox-group", Section.DETAILS, "Guardian's situation",
                    List.of("就労", "求職中", "就学", "その他"), "就労状況"),
            written("siblingEnrolled", "checkbox", Section.DETAILS, "A sibling attends a nursery", 0,
                    "兄弟姉妹が保育施設に在園している"),
            written("text", "text", Section.DETAILS, "Address for mail", 110, "送付先住所", "勤務先所在地", "緊急連絡先住所").asGeneric(),
            written("date", "era-date", Section.DETAILS, "Date", 45, "交付日", "資格取得日", "開始希望日", "喪失日").asGeneric(),
            written("name", "name", Section.DETAILS, "Name of another person", 45, "代理人氏名", "緊急連絡先氏名").asGeneric(),
            written("digits", "digits", Section.DETAILS, "Number", 35, "世帯番号", "被保険者番号", "受給者番号", "証番号")
                    .orBoxed(8).asGeneric(),
            written("amount", "yen", Section.DETAILS, "Amount in yen", 40, "金額", "請求金額", "前年所得額", "月額").asGeneric(),
            written("check", "checkbox", Section.DETAILS, "A statement ticked", 0,
                    "郵送を希望する", "上記の内容に相違ありません", "代理人による届出").asGeneric(),
            withOptions("choice", "choice", Section.DETAILS, "A choice", List.of("新規", "更新", "変更"), "申請区分").asGeneric(),
            withOptions("choice", "choice", Section.DETAILS, "A choice", List.of("窓口", "郵送"), "受取方法").asGeneric(),
            withOptions("options", "checkbox-group", Section.DETAILS, "Options ticked", List.of("電話", "郵送", "メール"),
                    "連絡方法").asGeneric(),
            withOptions("options", "checkbox-group", Section.DETAILS, "Options ticked", List.of("平日", "土曜", "日曜"),
                    "希望曜日").asGeneric(),
            written("bankName", "text", Section.ACCOUNT, "Bank", 45, "金融機関名"),
            boxed("bankCode", "bank-code", Section.ACCOUNT, "Bank code", 4, "金融機関コード"),
            written("branchName", "text", Section.ACCOUNT, "Branch", 45, "支店名"),
            boxed("branchCode", "branch-code", Section.ACCOUNT, "Branch code", 3, "支店コード"),
            withOptions("accountType", "checkbox-group", Section.ACCOUNT, "Account type", List.of("普通", "当座"), "預金種目"),
            boxed("accountNumber", "account-number", Section.ACCOUNT, "Account number", 7, "口座番号"),
            written("accountHolderKana", "kana", Section.ACCOUNT, "Account holder in katakana", 55,
                    "口座名義（カナ）", "口座名義カナ"));

    private FieldVocabulary() {
    }

    /**
     * {@code n} distinct fields in form order. A form with a bank account asks for most of it; a
     * name comes with its reading more often than not, and a postal code with its address.
     */
    static List<FieldIdea> pick(RandomGenerator r, int n) {
        List<FieldIdea> chosen = new ArrayList<>();
        if (r.nextInt(10) < 4) {
            ALL.stream().filter(i -> i.section() == Section.ACCOUNT && r.nextInt(4) > 0)
                    .limit(Math.max(0, n - 4)).forEach(chosen::add);
        }
        if (r.nextInt(10) < 6) {
            add(chosen, "filedOn");
        }
        List<FieldIdea> rest = new ArrayList<>(ALL.stream()
                .filter(i -> i.section() != Section.ACCOUNT && !chosen.contains(i)).toList());
        while (chosen.size() < n && !rest.isEmpty()) {
            FieldIdea idea = rest.remove(r.nextInt(rest.size()));
            if (chosen.contains(idea)) {
                continue;  // already added as another field's companion
            }
            chosen.add(idea);
            if (idea.name().equals("name") && !idea.generic() && r.nextInt(10) < 7) {
                add(chosen, "kana");
            }
            if (idea.name().equals("postalCode")) {
                add(chosen, "address");
            }
        }
        List<FieldIdea> form = new ArrayList<>(chosen.subList(0, Math.min(n, chosen.size())));
        form.sort(Comparator.comparingInt(ALL::indexOf));
        return form;
    }

    private static void add(List<FieldIdea> chosen, String name) {
        ALL.stream().filter(i -> i.name().equals(name) && !i.generic() && !chosen.contains(i)).findFirst()
                .ifPresent(chosen::add);
    }
}
