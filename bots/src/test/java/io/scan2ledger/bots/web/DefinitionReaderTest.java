package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader refuses a definition with a mistake, saying where, before any night batch runs. */
class DefinitionReaderTest {

    private static final String BUNDLED = BotDefinitions.RESOURCES + "jidou-teate-web.yaml";

    @Test
    void readsTheBundledDefinition() {
        BotDefinition d = read(bundled());
        assertThat(d.id()).isEqualTo("jidou-teate-web");
        assertThat(d.form()).isEqualTo("jidou-teate");
        assertThat(d.input()).isEqualTo(InputMode.SCRIPT);
        assertThat(d.retry().attempts()).isEqualTo(3);
        assertThat(d.retry().pauseAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.retry().pauseAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(d.retry().pauseAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.timeouts().step()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.codes().get("era")).containsEntry("令和", "5").containsEntry("平成", "4").containsEntry("昭和", "3");
        assertThat(d.key().get(0)).isEqualTo(new Step.Open(Expression.parse("/jidou-teate/input.do")));
        assertThat(d.key()).filteredOn(Step.Fill.class::isInstance).hasSizeGreaterThan(15);
    }

    @Test
    void credentialsComeFromConfigurationNeverFromTheFile() {
        BotDefinition d = read(bundled());
        LedgerTarget target = d.target().resolve(Map.of("LEDGER_USER", "bot", "LEDGER_PASSWORD", "pw")::get);
        assertThat(target).isEqualTo(new LedgerTarget("http://127.0.0.1:8090", "bot", "pw"));
        assertThat(target.toString()).doesNotContain("pw");
        assertThat(d.target().resolve(Map.of("LEDGER_URL", "http://ledger:8190/", "LEDGER_USER", "bot",
                "LEDGER_PASSWORD", "pw")::get).url("/login.do")).isEqualTo("http://ledger:8190/login.do");
        assertThatThrownBy(() -> d.target().resolve(Map.of("LEDGER_USER", "bot")::get))
                .hasMessage("target.password: LEDGER_PASSWORD is not set");
        assertThatThrownBy(() -> read(bundled().replace("password: \"${LEDGER_PASSWORD}\"", "password: rpa-demo")))
                .hasMessage("test.yaml: target.password: must be a ${PLACEHOLDER} resolved from configuration, never a literal");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", quoteCharacter = '\'', value = {
            "{target: txtShimeiKana, value: \"${kana}\"} >> {target: txtShimeiKana, value: \"${kana|eraa}\"}"
                    + " >> key[4].fill.value: unknown filter 'eraa'",
            "value: \"${birthDate|era}\" >> value: \"${birthDate|era:gengo}\""
                    + " >> key[5].select.value: no code table 'gengo' under codes",
            "  - click: btnKakunin >>   - clik: btnKakunin >> key[23]: unknown step kind 'clik'",
            "  step: 10s >>   step: ten seconds >> timeouts.step: not a duration (500ms, 10s, 2m, 1h)",
            "retry: >> retries: >> (top): unknown key 'retries'",
            "  - waitFor: {screen: JT020} >>   - waitFor: {} >> key[24].waitFor: a condition needs screen, element,"
                    + " target or url",
            "{target: lblShimei, equals: >> {target: lblShimei, equal: >> key[26].assertText: unknown key 'equal'",
            "target: txtUserId >> target: \"#txtUserId\" >> login[2].fill.target: target '#txtUserId' is not an id",
            "attempts: 3 >> attempts: 0 >> retry: attempts must be at least 1"})
    void mistakesAreReportedWithTheirPlace(String written, String mistake, String message) {
        String yaml = bundled();
        assertThat(yaml).contains(written);
        assertThatThrownBy(() -> read(yaml.replace(written, mistake)))
                .isInstanceOf(DefinitionException.class).hasMessageStartingWith("test.yaml: " + message);
    }

    private static BotDefinition read(String yaml) {
        return DefinitionReader.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String bundled() {
        try (InputStream in = DefinitionReaderTest.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
