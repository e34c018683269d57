package io.scan2ledger.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskBudgetTest {

    @Test
    void theUpperBoundOfNoErrorsShrinksWithTheFieldsSeen() {
        assertThat(RiskBudget.upperBound(0, 3000)).isCloseTo(0.0009, within(0.0001));
        assertThat(RiskBudget.upperBound(0, 300)).isGreaterThan(0.008);
        assertThat(RiskBudget.upperBound(5, 10000)).isBetween(0.0005, 0.0012);
    }

    @Test
    void eachTypeGoesDownToTheLowestProbabilityTheBudgetAllows() {
        List<RiskBudget.Scored> fields = new ArrayList<>();
        // 10 000 fields: "name" has its one error at 0.9; "phone" has errors at 0.99 and 0.7.
        for (int i = 0; i < 5000; i++) {
            fields.add(new RiskBudget.Scored("name", 0.999 - i * 1e-5, true));
            fields.add(new RiskBudget.Scored("phone", 0.999 - i * 1e-5, true));
        }
        fields.add(new RiskBudget.Scored("name", 0.9, false));
        fields.add(new RiskBudget.Scored("name", 0.8, true));
        fields.add(new RiskBudget.Scored("phone", 0.99, false));
        fields.add(new RiskBudget.Scored("phone", 0.7, false));
        // 0.001 of 10 004 allows few errors: name's one and phone's first pass; phone's second does not.
        var thresholds = RiskBudget.thresholds(fields, 0.001);
        assertThat(thresholds.get("name")).isEqualTo(0.8);
        assertThat(thresholds.get("phone")).isGreaterThan(0.7);
        // A budget no count of fields can prove keeps everything in review.
        assertThat(RiskBudget.thresholds(fields.subList(0, 100), 0.001).get("name")).isEqualTo(RiskBudget.NEVER);
    }

    @Test
    void isotonicStepsNeverGoDownAndAreSmoothed() {
        double[] scores = {0, 1, 2, 3, 4, 5};
        boolean[] right = {false, true, false, true, true, true};
        double[][] steps = Isotonic.fit(scores, right);
        for (int i = 1; i < steps[1].length; i++) {
            assertThat(steps[1][i]).isGreaterThanOrEqualTo(steps[1][i - 1]);
        }
        assertThat(steps[1][steps[1].length - 1]).isLessThan(1.0);
    }
}
