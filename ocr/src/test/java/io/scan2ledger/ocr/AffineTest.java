package io.scan2ledger.ocr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AffineTest {

    @Test
    void recoversSkewOffsetAndScaleFromFourMarks() {
        double angle = Math.toRadians(2.7);
        double scale = 300 / 25.4 * 1.015;
        Affine truth = new Affine(scale * Math.cos(angle), -scale * Math.sin(angle), 40,
                scale * Math.sin(angle), scale * Math.cos(angle), -25);
        List<double[]> mm = List.of(new double[]{15, 15}, new double[]{195, 15}, new double[]{15, 282},
                new double[]{195, 282});
        List<double[]> px = new ArrayList<>();
        for (double[] p : mm) {
            px.add(new double[]{truth.x(p[0], p[1]), truth.y(p[0], p[1])});
        }
        Affine fit = Affine.fit(mm, px);
        assertThat(fit.x(100, 150)).isCloseTo(truth.x(100, 150), within(1e-6));
        assertThat(fit.y(100, 150)).isCloseTo(truth.y(100, 150), within(1e-6));
        assertThat(fit.skewDegrees()).isCloseTo(2.7, within(1e-6));
        assertThat(fit.residualMm(mm, px)).isLessThan(1e-6);
    }

    @Test
    void reportsAMisplacedMarkAsResidual() {
        List<double[]> mm = List.of(new double[]{15, 15}, new double[]{195, 15}, new double[]{15, 282},
                new double[]{195, 282});
        Affine s = Affine.scale(10);
        List<double[]> px = new ArrayList<>();
        for (double[] p : mm) {
            px.add(new double[]{s.x(p[0], p[1]), s.y(p[0], p[1])});
        }
        // One mark 6 mm off: with four marks the fit spreads it, leaving a quarter on each (1.5 mm).
        px.set(3, new double[]{px.get(3)[0] + 60, px.get(3)[1]});
        assertThat(Affine.fit(mm, px).residualMm(mm, px)).isGreaterThan(1.0);
    }
}
