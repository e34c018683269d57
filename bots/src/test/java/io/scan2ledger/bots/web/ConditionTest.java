package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions on what a page shows, combined: anyOf, allOf, not, and counts of elements. */
class ConditionTest {

    private static final Locator SCREEN = Locator.parse("spnGamenId");
    private static final Locator ERRORS = Locator.parse("tdErrMsg");
    private static final Locator ROWS = Locator.parse("css:#tblKekka tr[id^=trKekka]");

    @Test
    void anyOfHoldsWhenOneDoes() {
        Condition either = Condition.anyOf(List.of(Condition.screen("JT030"), Condition.screen("CM900")));
        assertThat(either.holds(page("CM900", null, 0), SCREEN)).isTrue();
        assertThat(either.holds(page("JT030", null, 0), SCREEN)).isTrue();
        assertThat(either.holds(page("JT010", null, 0), SCREEN)).isFalse();
        assertThat(either).hasToString("(screen JT030 or screen CM900)");
    }

    @Test
    void allOfAndNotCombine() {
        Condition cleanInput = Condition.allOf(List.of(Condition.screen("JT010"),
                new Condition.Not(new Condition.Shows(null, ERRORS, null, null, null, null, null))));
        assertThat(cleanInput.holds(page("JT010", null, 0), SCREEN)).isTrue();
        assertThat(cleanInput.holds(page("JT010", "・氏名を入力してください。", 0), SCREEN)).isFalse();
        assertThat(cleanInput.holds(page("JT020", null, 0), SCREEN)).isFalse();
        assertThat(cleanInput.locators(SCREEN)).containsExactly(SCREEN, ERRORS);
    }

    @Test
    void countComparesTheNumberOfElementsMatched() {
        Condition none = new Condition.Shows(null, null, ROWS, null, null, null, 0);
        Condition one = new Condition.Shows(null, null, ROWS, null, null, null, 1);
        assertThat(none.counted()).containsExactly(ROWS);
        assertThat(none.locators(SCREEN)).isEmpty();
        assertThat(none.holds(page("CM030", null, 0), SCREEN)).isTrue();
        assertThat(one.holds(page("CM030", null, 0), SCREEN)).isFalse();
        assertThat(one.holds(page("CM030", null, 1), SCREEN)).isTrue();
        assertThat(new Condition.Not(one).holds(page("CM030", null, 2), SCREEN)).isTrue();
        assertThat(one).hasToString("1 × css:#tblKekka tr[id^=trKekka]");
    }

    private static Snapshot page(String screen, String errors, int rows) {
        Map<Locator, String> texts = new HashMap<>();
        texts.put(SCREEN, screen);
        texts.put(ERRORS, errors);
        return new Snapshot("http://ledger/x.do", texts, Map.of(ROWS, rows));
    }
}
