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
        // 10 007 fields: "name" has its one error at 0.999; "phone" one at 0.9995 and four at 0.99.
        for (int i = 0; i < 5000; i++) {
            fields.add(new RiskBudget.Scored("name", 0.9999, true));
            fields.add(new RiskBudget.Scored("phone", 0.9999, true));
        }
        fields.add(new RiskBudget.Scored("name", 0.999, false));
        fields.add(new RiskBudget.Scored("name", 0.998, true));
        fields.add(new RiskBudget.Scored("phone", 0.9995, false));
        for (int i = 0; i < 4; i++) {
            fields.add(new RiskBudget.Scored("phone", 0.99, false));
        }
        var thresholds = RiskBudget.thresholds(fields, 0.001);
        assertThat(thresholds.get("name")).isEqualTo(0.998);
        assertThat(thresholds.get("phone")).as("four more errors are beyond the bound").isEqualTo(0.9995);
        // A budget no count of fields can prove keeps everything in review.
        assertThat(RiskBudget.thresholds(fields.subList(0, 100), 0.001).get("name")).isEqualTo(RiskBudget.NEVER);
    }

    @Test
    void fieldsTheModelExpectsToBeOftenWrongDoNotPassOnALuckySplit() {
        List<RiskBudget.Scored> fields = new ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            fields.add(new RiskBudget.Scored("text", 0.9999, true));
        }
        // A thousand fields the model calls 70 % sure, none of them wrong here: 300 errors expected.
        for (int i = 0; i < 1000; i++) {
            fields.add(new RiskBudget.Scored("text", 0.7, true));
        }
        assertThat(RiskBudget.thresholds(fields, 0.001).get("text")).isEqualTo(0.9999);
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
