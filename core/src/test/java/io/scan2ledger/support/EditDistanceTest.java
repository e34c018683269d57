package io.scan2ledger.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @Test
    void countsCodePointsNotChars() {
        assertThat(EditDistance.between("𠮷野家", "吉野家")).isEqualTo(1);
        assertThat(EditDistance.between("たんぽぽ", "たんぼぼぽ")).isEqualTo(2);
    }

    @Test
    void theClearlyNearestEntryIsStrictlyClosestAndAtMostAThirdAway() {
        List<String> towns = List.of("若葉町", "本町", "東町", "旭町");
        assertThat(EditDistance.clearlyNearest("若葉丁", towns)).contains("若葉町");
        assertThat(EditDistance.clearlyNearest("西町", towns)).as("本町 and 東町 tie").isEmpty();
        assertThat(EditDistance.clearlyNearest("北口", towns)).as("too far").isEmpty();
        assertThat(EditDistance.clearlyNearest("旭町", towns)).contains("旭町");
        assertThat(EditDistance.clearlyNearest("x", List.of())).isEmpty();
    }
}
