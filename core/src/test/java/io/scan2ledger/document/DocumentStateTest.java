package io.scan2ledger.document;

import org.junit.jupiter.api.Test;

import static io.scan2ledger.document.DocumentState.*;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentStateTest {

    @Test
    void theHappyPathIsAllowed() {
        assertThat(RECEIVED.canMoveTo(EXTRACTED)).isTrue();
        assertThat(EXTRACTED.canMoveTo(VALIDATED)).isTrue();
        assertThat(EXTRACTED.canMoveTo(NEEDS_REVIEW)).isTrue();
        assertThat(NEEDS_REVIEW.canMoveTo(APPROVED)).isTrue();
        assertThat(APPROVED.canMoveTo(KEYED)).isTrue();
        assertThat(KEY_FAILED.canMoveTo(KEYED)).isTrue();
    }

    @Test
    void nothingSkipsReviewOrKeying() {
        assertThat(RECEIVED.canMoveTo(VALIDATED)).isFalse();
        assertThat(EXTRACTED.canMoveTo(APPROVED)).isFalse();
        assertThat(NEEDS_REVIEW.canMoveTo(KEYED)).isFalse();
        assertThat(RECEIVED.canMoveTo(KEYED)).isFalse();
    }

    @Test
    void finalStatesAreFinal() {
        for (DocumentState end : new DocumentState[]{KEYED, REJECTED, QUARANTINED, DUPLICATE}) {
            assertThat(end.isFinal()).isTrue();
            for (DocumentState any : values()) {
                assertThat(end.canMoveTo(any)).as(end + " -> " + any).isFalse();
            }
        }
    }

    @Test
    void onlyMachineStagesResume() {
        assertThat(RECEIVED.isMachineStage()).isTrue();
        assertThat(EXTRACTED.isMachineStage()).isTrue();
        assertThat(NEEDS_REVIEW.isMachineStage()).isFalse();
        assertThat(APPROVED.isMachineStage()).isFalse();
    }
}
