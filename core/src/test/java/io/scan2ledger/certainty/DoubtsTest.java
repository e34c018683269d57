package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DoubtsTest {

    private static final Evidence DISAGREED = new Evidence(0.71, 0.64, Evidence.Readings.DISAGREE, List.of("山田 大郎"),
            Set.of(Evidence.Repair.MERGED), Evidence.Split.NONE, "太", 0.05);

    @Test
    void theEvidenceAloneGivesItsReasonsWithoutTheFactsValidationWeighed() {
        assertThat(Doubts.reasons(DISAGREED)).extracting(Doubts.Reason::code)
                .containsExactly("READINGS_DISAGREE", "REPAIRED_MERGED", "WEAK_CHARACTERS");
        Facts notListed = new Facts(ReadMethod.OCR, "山田 太郎", true, false, false);
        assertThat(Doubts.reasons(DISAGREED, notListed)).extracting(Doubts.Reason::code)
                .containsExactly("READINGS_DISAGREE", "REPAIRED_MERGED", "POSTAL_DISAGREES", "NOT_LISTED",
                        "WEAK_CHARACTERS");
    }

    @Test
    void reasonsNeverCarryTheValues() {
        assertThat(Doubts.reasons(DISAGREED)).allSatisfy(r -> assertThat(r.ja() + r.en())
                .doesNotContain("山田").doesNotContain("大郎").doesNotContain("太"));
        assertThat(Doubts.reasons(Evidence.NONE)).isEmpty();
    }

    @Test
    void besideItsListedReasonsTheProblemKeepsOnlyWhatTheyDoNotSay() {
        Facts notListed = new Facts(ReadMethod.OCR, "山田 太郎", true, false, null);
        var problem = Doubts.lowCertainty(0.623, DISAGREED, notListed);
        var shorter = Doubts.without(problem, Doubts.reasons(DISAGREED));
        assertThat(shorter.ja()).isEqualTo("読取の確からしさ 62.3%。辞書・一覧にない値です。原本と照合してください。");
        assertThat(shorter.en()).isEqualTo(
                "Read with 62.3% certainty. the value is not in its dictionary or list. Please compare with the scan.");
        assertThat(shorter.severity()).isEqualTo(problem.severity());
        var split = Doubts.splitGuessed();
        assertThat(Doubts.without(split, Doubts.reasons(DISAGREED))).isSameAs(split);
    }

    @Test
    void aPercentageHasOneDecimal() {
        assertThat(Doubts.percent(0.6234)).isEqualTo("62.3%");
        assertThat(Doubts.percent(1)).isEqualTo("100.0%");
    }
}
