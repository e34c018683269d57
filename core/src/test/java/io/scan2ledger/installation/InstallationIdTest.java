package io.scan2ledger.installation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstallationIdTest {

    @Test
    void generatedIdsAreFourUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = InstallationId.random().value();
            assertThat(id).matches("[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(id);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void anOperatorsSpellingIsAcceptedAndMistakesAreRefused() {
        assertThat(InstallationId.parse(" 7k2q ").value()).isEqualTo("7K2Q");
        for (String bad : new String[]{"7K2", "7K2QX", "ILOU", "7K-Q", ""}) {
            assertThatThrownBy(() -> InstallationId.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
