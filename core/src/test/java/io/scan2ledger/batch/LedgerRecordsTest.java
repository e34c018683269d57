package io.scan2ledger.batch;

import io.scan2ledger.installation.InstallationId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerRecordsTest {

    private static final String SHA = "9f0a3c" + "0".repeat(58);
    private static final InstallationId K7 = new InstallationId("7K2Q");

    @Test
    void aKeyNamesInstallationDocumentAndContent() {
        assertThat(LedgerRecords.keyOf(K7, 123, SHA)).isEqualTo("S2L-7K2Q-123-9F0A");
    }

    @Test
    void twoInstallationsGiveTheSameDocumentIdDifferentKeys() {
        String other = "1b" + "0".repeat(62);
        assertThat(LedgerRecords.keyOf(K7, 1, SHA)).isNotEqualTo(LedgerRecords.keyOf(new InstallationId("M3XV"), 1, SHA));
        // A copied installation id still differs for a different scan.
        assertThat(LedgerRecords.keyOf(K7, 1, SHA)).isNotEqualTo(LedgerRecords.keyOf(K7, 1, other));
    }

    @Test
    void documentsFromBeforeInstallationIdsKeepTheirOldKey() {
        assertThat(LedgerRecords.keyOf(null, 1, SHA)).isEqualTo("S2L-000001");
    }

    @Test
    void everyKeyFitsTwentyHalfWidthLettersDigitsAndHyphens() {
        for (long id : new long[]{1, 999_999, 1_000_000, 99_999_999, 999_999_999}) {
            assertThat(LedgerRecords.keyOf(K7, id, SHA)).hasSizeLessThanOrEqualTo(LedgerRecords.MAX_LENGTH)
                    .matches("[A-Z0-9-]+");
        }
        assertThat(LedgerRecords.keyOf(K7, 999_999, SHA)).isEqualTo("S2L-7K2Q-999999-9F0A");
        assertThat(LedgerRecords.keyOf(K7, 1_000_000, SHA)).isEqualTo("S2L-7K2Q-1000000-9F0");
        assertThatThrownBy(() -> LedgerRecords.keyOf(K7, 1_000_000_000L, SHA)).isInstanceOf(IllegalStateException.class);
    }
}
