package io.scan2ledger.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pairs are ones bench accuracy printed: jpn first, the Japanese script model second. */
class ReadingMergeTest {

    @Test
    void aZeroEitherModelSeesWins() {
        assertThat(ReadingMerge.of("旭町2丁目36番9号", "旭町2丁目30番9号", true)).isEqualTo("旭町2丁目30番9号");
        assertThat(ReadingMerge.of("コーポ若葉464", "コーポ若葉404", true)).isEqualTo("コーポ若葉404");
        // jpn's 6 against Japanese's 9: each is the other's zero.
        assertThat(ReadingMerge.of("R05.06.08", "R05.96.08", true)).isEqualTo("R05.06.08");
    }

    @Test
    void aLetterReadTwiceIsLeftOut() {
        assertThat(ReadingMerge.of("コーボポ若葉", "コーポ若葉", true)).isEqualTo("コーポ若葉");
        assertThat(ReadingMerge.of("サンライズ本町", "サンライスズ本町", true)).isEqualTo("サンライズ本町");
    }

    @Test
    void aDigitOnlyOneModelHasGoesTheWayOfTheSurerModel() {
        assertThat(ReadingMerge.of("令和6年7月2日", "令和6年7月20日", false)).isEqualTo("令和6年7月20日");
        assertThat(ReadingMerge.of("パークハウス3603", "パークハウス303", false)).isEqualTo("パークハウス303");
    }

    @Test
    void otherLettersKeepTheFirstModels() {
        assertThat(ReadingMerge.of("東京都緑ヶ丘区", "東京都線ヶ丘区", false)).isEqualTo("東京都緑ヶ丘区");
        assertThat(ReadingMerge.of("", "", true)).isEmpty();
    }
}
