package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Point;
import io.scan2ledger.template.Zone;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertaintyModelTest {

    /** A model whose log-odds of right are 4 when two models agree and -2 when they do not. */
    static Calibration calibration(int formVersion) {
        Calibration.Model name = new Calibration.Model(Map.of("bias", -2.0, "agree", 6.0),
                new double[]{-2.0, 4.0}, new double[]{0.3, 0.995});
        return new Calibration(3, "a test", 0.001, Map.of("moushikomi", formVersion), Map.of(TypeGroup.NAME, name),
                Map.of("name", 0.99, "kana", 0.95), Map.of());
    }

    static FormTemplate form(int version) {
        return new FormTemplate("moushikomi", version, "申込書", "Application", "S2L-T-01", new Zone(150, 10, 40, 8),
                List.of("申込書"), 210, 297, List.of(new Point(10, 10)), 5, 0.8, List.of(), List.of(), List.of(),
                List.of());
    }

    static Evidence read(boolean agree) {
        return Evidence.single(0.97).withSecond(0.96, agree);
    }

    static final Facts FACTS = new Facts(ReadMethod.OCR, "山田 太郎", true, true, null);

    @Test
    void theProbabilityIsTheIsotonicStepOfTheEvidencesScore() {
        CertaintyModel model = CertaintyModel.of(calibration(2), List.of(form(2)), "test.yaml");
        assertThat(model.probability("name", read(true), FACTS)).isEqualTo(0.995);
        assertThat(model.probability("kana", read(false), FACTS)).isEqualTo(0.3);
    }

    @Test
    void aCalibrationFittedOnAnotherVersionOfAFormIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CertaintyModel.of(calibration(1), List.of(form(2)), "ocr-templates/certainty.yaml"))
                .isInstanceOf(CalibrationRefused.class)
                .hasMessageContaining("ocr-templates/certainty.yaml was fitted on form moushikomi version 1")
                .hasMessageContaining("templates hold version 2")
                .hasMessageContaining("./scan2ledger calibrate");
    }

    @Test
    void aCalibrationWeighingAFeatureThisCodeDoesNotComputeIsRefused() {
        Calibration.Model odd = new Calibration.Model(Map.of("bias", 1.0, "moonPhase", 2.0), new double[]{1},
                new double[]{0.9});
        Calibration c = new Calibration(1, "x", 0.001, Map.of(), Map.of(TypeGroup.TEXT, odd), Map.of(), Map.of());
        assertThatThrownBy(() -> CertaintyModel.of(c, List.of(), "f.yaml")).isInstanceOf(CalibrationRefused.class)
                .hasMessageContaining("TEXT.moonPhase");
    }

    @Test
    void aFormTheCalibrationNeverSawUsesItsTypesModels() {
        FormTemplate other = new FormTemplate("shinki", 7, "新様式", "New", "S2L-T-02", new Zone(150, 10, 40, 8),
                List.of("新様式"), 210, 297, List.of(), 5, 0.8, List.of(), List.of(), List.of(), List.of());
        CertaintyModel model = CertaintyModel.of(calibration(2), List.of(form(2), other), "test.yaml");
        assertThat(model.probability("name", read(true), FACTS)).isEqualTo(0.995);
    }

    @Test
    void aTypeWithoutItsOwnThresholdTakesTheStrictestOfItsGroupAndAnUnfittedGroupNeverPasses() {
        CertaintyModel model = CertaintyModel.of(calibration(2), List.of(form(2)), "test.yaml");
        assertThat(model.threshold("name")).isEqualTo(0.99);
        assertThat(model.threshold("kana")).isEqualTo(0.95);
        assertThat(model.threshold("phone")).isGreaterThan(1);
        assertThat(model.probability("phone", read(true), FACTS)).isNaN();
    }

    @Test
    void withoutACalibrationNothingPasses() {
        CertaintyModel none = CertaintyModel.uncalibrated();
        assertThat(none.probability("name", read(true), FACTS)).isNaN();
        assertThat(none.threshold("name")).isGreaterThan(1);
    }

    @Test
    void featuresFollowTheEvidence() {
        double[] agreed = Features.of(read(true), FACTS);
        double[] split = Features.of(read(true).withSplit(Evidence.Split.GUESSED)
                .withRepair(Evidence.Repair.NAME_FROM_READING), new Facts(ReadMethod.OCR, "山田 太郎", true, false, false));
        assertThat(agreed).hasSize(Features.NAMES.size());
        assertThat(agreed[Features.NAMES.indexOf("agree")]).isEqualTo(1);
        assertThat(agreed[Features.NAMES.indexOf("engine")]).isCloseTo(-Math.log10(0.03), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(split[Features.NAMES.indexOf("splitGuessed")]).isEqualTo(1);
        assertThat(split[Features.NAMES.indexOf("repairedName")]).isEqualTo(1);
        assertThat(split[Features.NAMES.indexOf("unlisted")]).isEqualTo(1);
        assertThat(split[Features.NAMES.indexOf("postalDisagrees")]).isEqualTo(1);
    }
}
