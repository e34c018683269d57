package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.template.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which engine read a field is evidence of its own, weighed apart from Tesseract's agreement. */
class EngineEvidenceTest {

    private static final Facts DIGITS = new Facts(ReadMethod.OCR, "1234567", true, null, null);

    @Test
    void aTesseractReadingLeavesTheEngineFeaturesAtZero() {
        double[] f = Features.of(Evidence.single(0.9).withSecond(0.8, true), DIGITS);

        assertThat(f).hasSize(Features.NAMES.size());
        assertThat(f[Features.NAMES.indexOf("engine")]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        for (String name : new String[]{"digitRead", "digitEngine", "digitAgree", "digitDisagree", "onnxRead"}) {
            assertThat(f[Features.NAMES.indexOf(name)]).as(name).isZero();
        }
    }

    @Test
    void theDigitClassifiersReadingAndTesseractsCheckAreWeighedApart() {
        Evidence agreed = Evidence.single(0.999).withEngine(Engine.DIGITS).withSecond(0.7, true);
        Evidence disagreed = Evidence.single(0.6).withEngine(Engine.DIGITS).withSecond(0.9, false);

        double[] a = Features.of(agreed, DIGITS);
        double[] d = Features.of(disagreed, DIGITS);

        assertThat(a[Features.NAMES.indexOf("digitRead")]).isEqualTo(1);
        assertThat(a[Features.NAMES.indexOf("digitAgree")]).isEqualTo(1);
        assertThat(a[Features.NAMES.indexOf("digitDisagree")]).isZero();
        assertThat(a[Features.NAMES.indexOf("digitEngine")]).isGreaterThan(d[Features.NAMES.indexOf("digitEngine")]);
        assertThat(d[Features.NAMES.indexOf("digitDisagree")]).isEqualTo(1);
    }

    @Test
    void theEngineSurvivesTheOtherWithers() {
        Evidence e = Evidence.single(0.5).withEngine(Engine.ONNX).withSecond(0.4, false).withAlternative("12")
                .withRepair(Evidence.Repair.CONFUSED_DIGIT).withInk(0.1).withWeakChars("2").withSplit(Evidence.Split.SEEN);

        assertThat(e.engine()).isEqualTo(Engine.ONNX);
        assertThat(Features.of(e, DIGITS)[Features.NAMES.indexOf("onnxRead")]).isEqualTo(1);
        assertThat(Evidence.NONE.engine()).isEqualTo(Engine.TESSERACT);
    }

    @Test
    void engineNames() {
        assertThat(Engine.of(null)).isEqualTo(Engine.AUTO);
        assertThat(Engine.of(" digits ")).isEqualTo(Engine.DIGITS);
        assertThat(Engine.ONNX.id()).isEqualTo("onnx");
        assertThatThrownBy(() -> Engine.of("paddle")).hasMessageContaining("auto, tesseract, onnx or digits");
    }
}
