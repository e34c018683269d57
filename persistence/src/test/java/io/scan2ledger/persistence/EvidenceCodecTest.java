package io.scan2ledger.persistence;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.template.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceCodecTest {

    @Test
    void theEngineIsKeptWithTheRest() {
        Evidence e = Evidence.single(0.97).withEngine(Engine.DIGITS).withSecond(0.81, false).withAlternative("0123")
                .withAlternative("0128").withRepair(Evidence.Repair.CONFUSED_DIGIT).withWeakChars("8").withInk(0.04);

        assertThat(EvidenceCodec.decode(EvidenceCodec.encode(e))).isEqualTo(e);
    }

    @Test
    void aRowWrittenBeforeEnginesWereRecordedReadsAsTesseract() {
        Evidence old = EvidenceCodec.decode("first=0.9\nsecond=0.8\nreadings=AGREE\nsplit=NONE\nink=0.01\n");

        assertThat(old.engine()).isEqualTo(Engine.TESSERACT);
        assertThat(old.readings()).isEqualTo(Evidence.Readings.AGREE);
    }
}
