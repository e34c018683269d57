package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected values are what the benchmark scores against, so they are checked against the
 * templates' own rules and against each other over many households.
 */
class GroundTruthTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final int HOUSEHOLDS = 300;

    @Test
    void householdsAreConsistent() {
        SyntheticResidents residents = new SyntheticResidents(CATALOG);
        SplittableRandom r = new SplittableRandom(5);
        List<List<String>> branches = CATALOG.referenceList("bank-branches").orElseThrow().rows();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            Household h = residents.household(r.split());
            assertThat(h.children()).isNotEmpty();
            for (Person child : h.children()) {
                assertThat(child.birthDate()).isAfter(h.applicant().birthDate().plusYears(18))
                        .isAfter(h.head().birthDate().plusYears(18)).isBefore(h.filedOn());
                assertThat(child.birthDate()).isAfter(h.filedOn().minusYears(15));
                assertThat(CheckDigits.isValidMyNumber(child.myNumber())).isTrue();
            }
            assertThat(h.children().get(h.children().size() - 1).birthDate()).isAfter(h.filedOn().minusYears(6));
            assertThat(h.movedOn()).isBeforeOrEqualTo(h.filedOn()).isAfter(h.filedOn().minusDays(15));
            assertThat(CheckDigits.isValidMyNumber(h.applicant().myNumber())).isTrue();
            assertThat(h.applicant().kana(" ")).matches("[ァ-ヶー ]+");
            Household.BankAccount a = h.account();
            assertThat(branches).anyMatch(b -> b.equals(List.of(a.branchName(), a.bankCode(), a.branchCode())));
            assertThat(CATALOG.referenceList("banks").orElseThrow().rows()).contains(List.of(a.bankName(), a.bankCode()));
            assertThat(h.nurseries()).doesNotHaveDuplicates().isSubsetOf(CATALOG.reference("nursery-facilities"));
            if (h.moveKind().equals("転出")) {
                assertThat(h.newAddress().text()).doesNotContain(SyntheticResidents.WARD.substring(3));
            } else {
                assertThat(h.newAddress()).isEqualTo(h.address());
            }
        }
    }

    /** Every expected value obeys its template: rules, patterns, reference lists, cross-field rules. */
    @Test
    void expectedValuesObeyTheTemplates() {
        for (FormTemplate form : CATALOG.all()) {
            for (long seed = 0; seed < 40; seed++) {
                Map<String, FieldValue> fields = new FormFiller(
                        new SyntheticResidents(CATALOG).household(new SplittableRandom(seed)),
                        new SplittableRandom(seed + 1)).fill(form);
                assertThat(fields.keySet()).containsExactlyElementsOf(form.allFields().stream().map(FieldSpec::name)
                        .toList());
                for (FieldSpec f : form.allFields()) {
                    String expected = fields.get(f.name()).expected();
                    if (expected.isEmpty()) {
                        assertThat(f.required()).as("%s %s left empty", form.id(), f.name()).isFalse();
                        continue;
                    }
                    obeys(form, f, expected);
                }
                crossRulesHold(form, fields);
            }
        }
    }

    @Test
    void normalisationRules() {
        FormTemplate claim = CATALOG.byId("jidou-teate").orElseThrow();
        FormTemplate debit = CATALOG.byId("kouza-furikae").orElseThrow();
        assertThat(Expected.of(field(claim, "name"), " 鈴木　 一郎 ")).isEqualTo("鈴木 一郎");
        assertThat(Expected.of(field(claim, "kana"), "すずき　いちろう")).isEqualTo("スズキ イチロウ");
        assertThat(Expected.of(field(claim, "kana"), "ｽｽﾞｷ ｲﾁﾛｳ")).isEqualTo("スズキ イチロウ");
        assertThat(Expected.of(field(claim, "postalCode"), "〒１７９－００１１")).isEqualTo("179-0011");
        assertThat(Expected.of(field(claim, "phone"), "０３－１２３４－５６７８")).isEqualTo("03-1234-5678");
        assertThat(Expected.of(field(claim, "accountNumber"), "123456")).isEqualTo("0123456");
        assertThat(Expected.of(field(claim, "accountType"), "当座,普通")).isEqualTo("普通,当座");
        assertThat(Expected.of(field(debit, "taxes"), "国民健康保険料,住民税")).isEqualTo("住民税,国民健康保険料");
        assertThat(Expected.of(field(claim, "children[0].relation"), "子")).isEqualTo("子");
        FormTemplate nursery = CATALOG.byId("hoiku-moushikomi").orElseThrow();
        assertThat(Expected.of(field(nursery, "siblingEnrolled"), "")).isEqualTo("false");
        assertThat(Expected.of(field(nursery, "siblingEnrolled"), "true")).isEqualTo("true");
    }

    private static void obeys(FormTemplate form, FieldSpec f, String expected) {
        String what = form.id() + " " + f.name() + " = " + expected;
        if (f.rules() != null && f.rules().pattern() != null) {
            assertThat(Pattern.compile(f.rules().pattern()).matcher(expected).find()).as(what).isTrue();
        }
        if (f.rules() != null && f.rules().reference() != null) {
            assertThat(CATALOG.reference(f.rules().reference())).as(what).contains(expected);
        }
        switch (f.type()) {
            case "era-date" -> assertThat(LocalDate.parse(expected)).as(what).isAfter(LocalDate.of(1900, 1, 1));
            case "my-number" -> assertThat(CheckDigits.isValidMyNumber(expected)).as(what).isTrue();
            case "bank-code" -> assertThat(expected).as(what).matches("\\d{4}");
            case "branch-code" -> assertThat(expected).as(what).matches("\\d{3}");
            case "account-number" -> assertThat(expected).as(what).matches("\\d{7}");
            case "postal-code" -> assertThat(expected).as(what).matches("\\d{3}-\\d{4}");
            case "phone" -> assertThat(expected).as(what).matches("0\\d{1,4}-\\d{1,4}-\\d{4}");
            case "choice", "checkbox-group" -> assertThat(f.optionValues()).as(what)
                    .containsAll(List.of(expected.split(",")));
            case "checkbox" -> assertThat(expected).as(what).isIn("true", "false");
            default -> assertThat(expected).as(what).isEqualTo(expected.strip()).doesNotContain("  ", "　");
        }
    }

    private static void crossRulesHold(FormTemplate form, Map<String, FieldValue> fields) {
        for (var rule : form.rules()) {
            for (int row = 0; row < 3; row++) {
                final int r = row;
                List<String> values = rule.fields().stream()
                        .map(n -> fields.containsKey(n.replace("[*]", "[" + r + "]"))
                                ? fields.get(n.replace("[*]", "[" + r + "]")).expected() : null).toList();
                if (values.contains(null)) {
                    continue;
                }
                switch (rule.kind()) {
                    case "not-after" -> assertThat(values.get(0).isEmpty()
                            || !LocalDate.parse(values.get(0)).isAfter(LocalDate.parse(values.get(1))))
                            .as(form.id() + " " + rule.en() + " " + values).isTrue();
                    case "after" -> assertThat(values.get(0).isEmpty()
                            || LocalDate.parse(values.get(0)).isAfter(LocalDate.parse(values.get(1))))
                            .as(form.id() + " " + rule.en() + " " + values).isTrue();
                    case "exactly-one" -> assertThat(values.get(0).split(",")).as(rule.en()).hasSize(1);
                    case "all-or-none" -> assertThat(values.stream().allMatch(String::isEmpty)
                            || values.stream().noneMatch(String::isEmpty)).as(rule.en()).isTrue();
                    case "postal-address" -> assertThat(CATALOG.postalDirectory().agreement(values.get(0), values.get(1)))
                            .as(form.id() + " " + rule.en() + " " + values).isEqualTo(PostalDirectory.Agreement.AGREE);
                    default -> throw new AssertionError(rule.kind());
                }
            }
        }
    }

    private static FieldSpec field(FormTemplate form, String name) {
        return form.field(name).orElseThrow();
    }
}
