package io.scan2ledger.templates;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.validation.NameDictionary;
import io.scan2ledger.validation.PlausibleReading;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repairs extraction makes to what OCR read, with the shipped templates, reference lists,
 * address master and name dictionaries: each repair clear-cut or not made at all, and a repaired
 * field always left below its review threshold.
 */
class ReadingRepairsTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final PlausibleReading PLAUSIBLE = new PlausibleReading(FieldTypes.standard(), CATALOG);
    static final NameDictionary NAMES = new NameDictionary(FieldTypes.standard(), CATALOG);

    static FieldSpec field(String form, String name) {
        return CATALOG.byId(form).orElseThrow().field(name).orElseThrow();
    }

    @Test
    void ofTwoReadingsTheOneTheRulesTakeIsChosen() {
        FieldSpec movedOn = field("jumin-ido", "movedOn");
        assertThat(PLAUSIBLE.choose(movedOn, List.of("令和5年5月36日", "令和5年5月30日"))).isEqualTo("令和5年5月30日");
        // 平成39年 never was: a reading that needs a person's look is not taken over one that does not.
        assertThat(PLAUSIBLE.choose(movedOn, List.of("平成39年1月8日", "平成30年1月8日"))).isEqualTo("平成30年1月8日");
        assertThat(PLAUSIBLE.choose(movedOn, List.of("和5和5月4", "令和5年月4"))).isEqualTo("和5和5月4");
    }

    @Test
    void aNearMissOfAClosedListIsTheEntryItStandsFor() {
        FieldSpec nursery = field("hoiku-moushikomi", "nursery1");
        assertThat(PLAUSIBLE.nearEntry(nursery, "にじいうろ保育園")).contains("にじいろ保育園");
        assertThat(PLAUSIBLE.nearEntry(nursery, "さく ら台こども園")).contains("さくら台こども園");
        assertThat(PLAUSIBLE.nearEntry(nursery, "にじいろ保育園")).isEmpty();
        assertThat(PLAUSIBLE.nearEntry(nursery, "ネドデア呈廊")).as("nothing close").isEmpty();
        FieldSpec relation = field("jumin-ido", "relation");
        assertThat(PLAUSIBLE.nearEntry(relation, "帯主")).contains("世帯主");
        assertThat(PLAUSIBLE.nearEntry(relation, "大")).as("one letter from 夫, 妻, 子, 父 and 母 alike").isEmpty();
        assertThat(PLAUSIBLE.nearEntry(field("jumin-ido", "newAddress"), "東京都")).as("a free text field").isEmpty();
    }

    @Test
    void aConfusedDigitIsSwappedOnlyWhenExactlyOneSwapIsValid() {
        assertThat(PLAUSIBLE.confusedDigits(field("kouza-furikae", "appliedOn"), "令和5年19月16日"))
                .contains("令和5年10月16日");
        assertThat(PLAUSIBLE.confusedDigits(field("jumin-ido", "phone"), "990-6687-6010")).contains("090-6687-6010");
        // Many one-digit swaps of a wrong My Number pass the check digit: none is chosen.
        assertThat(PLAUSIBLE.confusedDigits(field("jidou-teate", "myNumber"), "006577240867")).isEmpty();
        assertThat(PLAUSIBLE.confusedDigits(field("jumin-ido", "phone"), "090-6687-6010")).isEmpty();
    }

    @Test
    void anAddressBeginsWithTheTownOfTheAddressMasterItIsClearlyANearMissOf() {
        FieldSpec address = field("kouza-furikae", "address");
        assertThat(PLAUSIBLE.placeRepaired(address, "東京都縁ヶ丘区北口町3丁目23番13号 コーポ若葉406"))
                .contains("東京都緑ヶ丘区北口町3丁目23番13号 コーポ若葉406");
        assertThat(PLAUSIBLE.placeRepaired(address, "ケ丘区東町一丁目13番20号")).as("東京都 left out, 緑 lost")
                .contains("緑ヶ丘区東町一丁目13番20号");
        assertThat(PLAUSIBLE.placeRepaired(address, "神奈川県横浜市港北区日占本町1丁目7番9号"))
                .contains("神奈川県横浜市港北区日吉本町1丁目7番9号");
        assertThat(PLAUSIBLE.placeRepaired(address, "東京都緑ヶ丘区旭町2丁目18番8号")).as("already right").isEmpty();
        assertThat(PLAUSIBLE.placeRepaired(address, "沖縄県那覇市泉崎1丁目2番2号")).as("not in the master").isEmpty();
    }

    @Test
    void kanaIsRepairedToListedReadingsAndTheNameFromItsReading() {
        FormTemplate move = CATALOG.byId("jumin-ido").orElseThrow();
        Map<String, FieldRead> out = repaired(move, read("kana", "ハヤン ツヨン", 0.45), read("name", "林 仙", 0.45));
        assertThat(out.get("kana").rawText()).isEqualTo("ハヤシ ツヨシ");
        assertThat(out.get("name").rawText()).isEqualTo("林 剛");
        // A repair is evidence for the certainty model, with the reading it replaced; never a confidence.
        assertThat(out.get("kana").evidence().repairs()).containsExactly(Evidence.Repair.KANA_DICTIONARY);
        assertThat(out.get("kana").evidence().alternatives()).containsExactly("ハヤン ツヨン");
        assertThat(out.get("name").evidence().repairs()).containsExactly(Evidence.Repair.NAME_FROM_READING);
        assertThat(out.get("kana").confidence()).isEqualTo(0.45);

        // A reading written more than one way (ケイコ: 恵子, 圭子) keeps the one that was read.
        out = repaired(move, read("kana", "サトウ ケイコ", 0.45), read("name", "佐藤 圭子", 0.45));
        assertThat(out.get("name").rawText()).isEqualTo("佐藤 圭子");
        // What was read with confidence is left alone, even where the dictionaries would differ.
        out = repaired(move, read("kana", "ハヤン ツヨン", 0.97), read("name", "林 仙", 0.93));
        assertThat(out.get("kana").rawText()).isEqualTo("ハヤン ツヨン");
        assertThat(out.get("name").rawText()).isEqualTo("林 仙");
    }

    @Test
    void aNameTheDictionariesDoNotHoldIsKeptAsRead() {
        FormTemplate move = CATALOG.byId("jumin-ido").orElseThrow();
        Map<String, FieldRead> out = repaired(move, read("kana", "ウズマサ ミコト", 0.45),
                read("name", "太秦 尊", 0.45), read("householdHead", "太秦 尊", 0.93));
        assertThat(out.get("kana").rawText()).isEqualTo("ウズマサ ミコト");
        assertThat(out.get("name").rawText()).isEqualTo("太秦 尊");
        // Read with confidence, 太秦 stays, though 太田 is a letter away.
        assertThat(out.get("householdHead").rawText()).isEqualTo("太秦 尊");
    }

    @Test
    void aChildsFamilyNameIsTheOneTheFormAlreadyHoldsWhenALetterAway() {
        FormTemplate allowance = CATALOG.byId("jidou-teate").orElseThrow();
        Map<String, FieldRead> out = repaired(allowance, read("kana", "ナカヤマ ツムギ", 0.97),
                read("name", "中山 紬", 0.93), read("children[0].name", "中日 翔太", 0.45));
        // 中日 is a letter from 中山, 中川, 中田...: the claimant's 中山 decides.
        assertThat(out.get("children[0].name").rawText()).isEqualTo("中山 翔太");
        assertThat(out.get("children[0].name").confidence()).isEqualTo(0.45);
    }

    private static FieldRead read(String name, String text, double confidence) {
        return new FieldRead(name, text, confidence, 1, new Box(0, 0, 10, 10), ReadMethod.OCR, null);
    }

    private static Map<String, FieldRead> repaired(FormTemplate form, FieldRead... reads) {
        return NAMES.repair(form, List.of(reads)).stream()
                .collect(Collectors.toMap(FieldRead::name, Function.identity()));
    }
}
