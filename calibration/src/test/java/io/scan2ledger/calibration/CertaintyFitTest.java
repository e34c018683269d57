package io.scan2ledger.calibration;

import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.certainty.Facts;
import io.scan2ledger.certainty.Features;
import io.scan2ledger.extraction.ReadMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CertaintyFitTest {

    /**
     * Synthetic evidence with a known truth: two models agree on 90 % of fields, and such a field is
     * wrong 1 time in 500; when they disagree it is wrong 1 time in 4.
     */
    static List<Example> examples(int documents, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Example> out = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            for (int f = 0; f < 10; f++) {
                boolean agree = r.nextDouble() < 0.9;
                boolean right = r.nextDouble() >= (agree ? 0.002 : 0.25);
                Evidence e = Evidence.single(0.9 + 0.09 * r.nextDouble()).withSecond(0.95, agree);
                out.add(new Example(d, f % 2 == 0 ? "name" : "kana",
                        Features.of(e, new Facts(ReadMethod.OCR, "山田 太郎", true, null, null)), right));
            }
        }
        return out;
    }

    @Test
    void theFittedProbabilitiesMatchHowOftenValuesAreRight() {
        CertaintyFit.Result result = CertaintyFit.fit(examples(3000, 1), 0.001, Map.of(), 1, "synthetic");
        List<Reliability.Point> points = result.calibrationHalf().stream()
                .map(e -> new Reliability.Point(CertaintyFit.probability(result.calibration(), e), e.right())).toList();
        assertThat(Reliability.ece(points)).isLessThan(0.02);
        Example agreed = result.calibrationHalf().stream().filter(e -> e.features()[Features.NAMES.indexOf("agree")] == 1)
                .findFirst().orElseThrow();
        Example disagreed = result.calibrationHalf().stream()
                .filter(e -> e.features()[Features.NAMES.indexOf("disagree")] == 1).findFirst().orElseThrow();
        assertThat(CertaintyFit.probability(result.calibration(), agreed)).isCloseTo(0.998, within(0.003));
        assertThat(CertaintyFit.probability(result.calibration(), disagreed)).isCloseTo(0.75, within(0.06));
    }

    @Test
    void theThresholdsLetAgreedFieldsThroughAndKeepDisagreedOnesForReview() {
        Calibration c = CertaintyFit.fit(examples(3000, 1), 0.002, Map.of(), 1, "synthetic").calibration();
        assertThat(c.thresholds()).containsOnlyKeys("name", "kana");
        c.thresholds().values().forEach(t -> assertThat(t).isBetween(0.76, 0.999));
        assertThat(c.curve()).containsKey(0.002).containsKey(0.01);
    }

    @Test
    void theSameExamplesGiveTheSameFile(@TempDir Path dir) throws Exception {
        Calibration first = CertaintyFit.fit(examples(500, 7), 0.001, Map.of("f", 2), 4, "x").calibration();
        Calibration second = CertaintyFit.fit(examples(500, 7), 0.001, Map.of("f", 2), 4, "x").calibration();
        CalibrationFile.write(first, dir.resolve("a.yaml"));
        CalibrationFile.write(second, dir.resolve("b.yaml"));
        assertThat(dir.resolve("a.yaml")).hasSameTextualContentAs(dir.resolve("b.yaml"));
    }

    @Test
    void aWrittenFileReadsBackAsTheSameModel(@TempDir Path dir) throws Exception {
        Calibration c = CertaintyFit.fit(examples(500, 7), 0.001, Map.of("moushikomi", 2), 4, "x").calibration();
        CalibrationFile.write(c, dir.resolve(CalibrationFile.NAME));
        Calibration back = CalibrationFile.forTemplates(List.of(dir));
        assertThat(back.version()).isEqualTo(4);
        assertThat(back.templateVersions()).isEqualTo(Map.of("moushikomi", 2));
        assertThat(back.thresholds().keySet()).isEqualTo(c.thresholds().keySet());
        CertaintyModel model = CertaintyModel.of(back, List.of(), "back");
        Evidence e = Evidence.single(0.95).withSecond(0.95, true);
        Facts facts = new Facts(ReadMethod.OCR, "山田 太郎", true, null, null);
        assertThat(model.probability("name", e, facts))
                .isCloseTo(CertaintyModel.of(c, List.of(), "c").probability("name", e, facts), within(1e-5));
    }
}
