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
    void aPercentageHasOneDecimal() {
        assertThat(Doubts.percent(0.6234)).isEqualTo("62.3%");
        assertThat(Doubts.percent(1)).isEqualTo("100.0%");
    }
}
