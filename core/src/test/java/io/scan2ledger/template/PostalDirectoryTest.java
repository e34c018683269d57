package io.scan2ledger.template;

import io.scan2ledger.template.PostalDirectory.Agreement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Postal codes against addresses as people write them, on a few entries shaped like Japan Post's. */
class PostalDirectoryTest {

    static final PostalDirectory DIRECTORY = PostalDirectory.of(List.of(
            new PostalTown("1530041", "東京都", "目黒区", "駒場"),
            new PostalTown("1530051", "東京都", "目黒区", "上目黒"),
            new PostalTown("1530061", "東京都", "目黒区", "中目黒"),
            new PostalTown("1000000", "東京都", "千代田区", "以下に掲載がない場合"),
            new PostalTown("1000005", "東京都", "千代田区", "丸の内（次のビルを除く）"),
            new PostalTown("1540004", "東京都", "世田谷区", "太子堂"),
            new PostalTown("0600042", "北海道", "札幌市中央区", "大通西（１～１９丁目）"),
            new PostalTown("1830055", "東京都", "府中市", "府中町"),
            new PostalTown("7260005", "広島県", "府中市", "府中町"),
            new PostalTown("1980212", "東京都", "西多摩郡奥多摩町", "氷川"),
            new PostalTown("0288041", "岩手県", "九戸郡洋野町", "大字種市"),
            new PostalTown("6028011", "京都府", "京都市上京区", "今出川町"),
            new PostalTown("6028012", "京都府", "京都市上京区", "元真如堂町"),
            new PostalTown("5220317", "滋賀県", "犬上郡多賀町", "一円"),
            new PostalTown("2730005", "千葉県", "船橋市", "本町"),
            new PostalTown("2730003", "千葉県", "船橋市", "本町通"),
            new PostalTown("179-0014", "東京都", "緑ヶ丘区", "緑ヶ丘"),
            new PostalTown("179-0019", "東京都", "緑ヶ丘区", "ひばりが丘"),
            new PostalTown("179-0011", "東京都", "緑ヶ丘区", "若葉町")));

    @Test
    void theSameTownAgreesWithOrWithoutThePrefecture() {
        assertThat(DIRECTORY.agreement("153-0041", "東京都目黒区駒場3丁目8番1号")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("153-0041", "目黒区駒場3-8-1")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("179-0011", "緑ヶ丘区若葉町一丁目5番2号 コーポ若葉101")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("〒1790011", "東京都 緑ヶ丘区 若葉町 1-5-2")).isEqualTo(Agreement.AGREE);
    }

    @Test
    void chomeAndNumbersAfterTheTownDoNotMatterButALongerTownDoes() {
        assertThat(DIRECTORY.agreement("060-0042", "北海道札幌市中央区大通西5丁目")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("273-0005", "千葉県船橋市本町2丁目1番1号")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("273-0005", "千葉県船橋市本町通3丁目")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("273-0003", "千葉県船橋市本町通3丁目")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("153-0061", "目黒区上目黒1丁目")).isEqualTo(Agreement.DISAGREE);
    }

    @Test
    void anotherTownCityOrPrefectureDisagrees() {
        assertThat(DIRECTORY.agreement("153-0041", "東京都目黒区中目黒1丁目")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("153-0041", "東京都世田谷区太子堂2丁目")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("179-0011", "緑ヶ丘区本町3丁目")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("153-0041", "大阪府大阪市北区天満1丁目")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("183-0055", "広島県府中市府中町")).isEqualTo(Agreement.DISAGREE);
        assertThat(DIRECTORY.agreement("726-0005", "広島県府中市府中町")).isEqualTo(Agreement.AGREE);
    }

    @Test
    void spellingsOfKeAndNoAreOne() {
        assertThat(DIRECTORY.agreement("179-0014", "東京都緑ケ丘区緑が丘2丁目")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("179-0019", "緑が丘区ひばりヶ丘4丁目")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("100-0005", "千代田区丸ノ内1丁目")).isEqualTo(Agreement.AGREE);
    }

    @Test
    void azaCountiesAndWholeCityCodesAreReadAsPeopleWriteThem() {
        assertThat(DIRECTORY.agreement("028-8041", "岩手県九戸郡洋野町種市第23地割")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("028-8041", "洋野町大字種市23")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("198-0212", "東京都奥多摩町氷川210")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("522-0317", "滋賀県犬上郡多賀町大字富之尾1")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("100-0000", "東京都千代田区永田町1丁目")).isEqualTo(Agreement.AGREE);
        assertThat(DIRECTORY.agreement("602-8011", "京都市上京区烏丸通今出川上る今出川町")).isEqualTo(Agreement.AGREE);
    }

    @Test
    void nothingToCompareIsUnknown() {
        assertThat(DIRECTORY.agreement("999-9999", "東京都目黒区駒場")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-004", "東京都目黒区駒場")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("", "東京都目黒区駒場")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-0041", "")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-0041", null)).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-0041", "駒場3丁目")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-0041", "東京都目黒区")).isEqualTo(Agreement.UNKNOWN);
        assertThat(DIRECTORY.agreement("153-0041", "東京都架空市1丁目")).isEqualTo(Agreement.UNKNOWN);
        assertThat(PostalDirectory.empty().agreement("153-0041", "東京都目黒区駒場")).isEqualTo(Agreement.UNKNOWN);
    }

    @Test
    void aCodeNamesItsTownsWithoutJapanPostsNotes() {
        assertThat(DIRECTORY.towns("153-0041")).extracting(PostalTown::placeName).containsExactly("東京都目黒区駒場");
        assertThat(DIRECTORY.towns("100-0005")).extracting(PostalTown::placeName).containsExactly("東京都千代田区丸の内");
        assertThat(DIRECTORY.towns("100-0000")).extracting(PostalTown::placeName).containsExactly("東京都千代田区");
        assertThat(DIRECTORY.towns("060-0042").get(0).townName()).isEqualTo("大通西");
        assertThat(DIRECTORY.towns("999-9999")).isEmpty();
        assertThat(DIRECTORY.size()).isEqualTo(19);
    }
}
