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

    @ParameterizedTest
    @CsvSource(delimiterString = " >> ", quoteCharacter = '\'', value = {
            "value: \"${target.user}\" >> value: \"${target.usr}\" >> login[2].fill.value: '${target.usr}': the target"
                    + " has no 'usr'",
            "value: \"${target.user}\" >> value: \"${name}\" >> login[2].fill.value: '${name}': login and logout steps"
                    + " know only target names",
            "refused: {element: tdErrMsg} >> refused: {target: tdErrMsg, contains: \"${name}\"}"
                    + " >> detect.refused.contains: detectors are checked on every page and name no values",
            "value: \"${key}\"} >> value: \"${ledgerRef}\"} >> find.steps[3].fill.value: '${ledgerRef}' is known only"
                    + " in verify steps",
            "normalise: [trim, width] >> normalise: [trim, era] >> verify.normalise[1]: normalise with trim, width,"
                    + " digits or replace",
            "normalise: [trim, width] >> normalise: [trim, widht] >> verify.normalise[1]: unknown filter 'widht'",
            "{target: txtShimei, value: \"${name}\"} >> {value: \"${name}\"} >> key[3].fill: missing 'target'",
            "  - waitFor: {screen: JT020} >>   - waitFor: {anyOf: []} >> key[24].waitFor.anyOf: anyOf needs at least one",
            "  - waitFor: {screen: JT020} >>   - waitFor: {target: x, count: 1, equals: a} >> key[24].waitFor: target goes"
                    + " with one of equals, contains or count",
            "  - waitFor: {screen: JT020} >>   - when: {value: \"${phone}\", steps: [{click: x}]} >> key[24].when: a when"
                    + " test gives value and one of notEmpty, equals or matches"})
    void namesAndNewStepsAreCheckedWithTheirPlace(String written, String mistake, String message) {
        String yaml = bundled();
        assertThat(yaml).contains(written);
        assertThatThrownBy(() -> read(yaml.replaceFirst(java.util.regex.Pattern.quote(written),
                java.util.regex.Matcher.quoteReplacement(mistake))))
                .isInstanceOf(DefinitionException.class).hasMessageStartingWith("test.yaml: " + message);
    }

    @Test
    void verifyIsRequiredAndComparesSomething() {
        String yaml = bundled();
        String withoutVerify = yaml.substring(0, yaml.indexOf("\nverify:")) + yaml.substring(yaml.indexOf("\nlogout:"));
        assertThatThrownBy(() -> read(withoutVerify)).hasMessage("test.yaml: (top): missing 'verify'");
        String noAssert = yaml.replaceAll("(?m)^    - assertText: \\{target: dsp.*\n", "");
        assertThatThrownBy(() -> read(noAssert)).hasMessage("test.yaml: verify.steps: verify compares the stored items:"
                + " it needs assertText steps");
    }

    @Test
    void targetVariablesWhenStepsAndCombinedConditionsAreRead() {
        String yaml = bundled()
                .replace("  password: \"${LEDGER_PASSWORD}\"\n", "  password: \"${LEDGER_PASSWORD}\"\n  vars:\n"
                        + "    server: \"${LEDGER_DB_SERVER:-db01}\"\n")
                .replace("  - open: /login.do\n", "  - open: \"/login.do?server=${target.server|urlencode}\"\n")
                .replace("  - waitFor: {screen: JT020}\n", "  - waitFor: {anyOf: [{screen: JT020}, {allOf: [{screen: JT010},"
                        + " {not: {target: \"css:#tdErrMsg li\", count: 0}}]}]}\n  - when: {value: \"${phone}\","
                        + " notEmpty: true, steps: [{readValue: {target: lblShimei, into: shown}},"
                        + " {assertText: {target: lblShimei, equals: \"${shown}\"}}]}\n");
        BotDefinition d = read(yaml);
        assertThat(d.target().vars()).containsEntry("server", "${LEDGER_DB_SERVER:-db01}");
        assertThat(d.target().resolve(Map.of("LEDGER_USER", "u", "LEDGER_PASSWORD", "p")::get).vars())
                .containsEntry("server", "db01");
        assertThat(d.key()).filteredOn(Step.When.class::isInstance).singleElement()
                .satisfies(w -> assertThat(((Step.When) w).steps()).hasSize(2));
        assertThat(d.key()).filteredOn(Step.WaitFor.class::isInstance)
                .anyMatch(w -> ((Step.WaitFor) w).condition() instanceof Condition.Several any && any.join() == Condition.Several.Join.ANY_OF
                        && any.toString().equals("(screen JT020 or (screen JT010 and not 0 × css:#tdErrMsg li))"));
        // The variable the when sets is its own; a use after it would be a record field, checked against the template.
        assertThat(d.fieldReferences()).contains("phone").doesNotContain("shown", "target.server", "ledgerRef", "key");
        String usedAfter = yaml.replace("  - click: btnKakunin\n", "  - fill: {target: txtShimei, value: \"${shown}\"}\n"
                + "  - click: btnKakunin\n");
        assertThat(read(usedAfter).fieldUses()).anySatisfy(u -> assertThat(u)
                .isEqualTo(new BotDefinition.FieldUse("test.yaml: key[23].fill.value", "shown")));
    }

    @Test
    void aValueTestOfAWhenStepHolds() throws Exception {
        Scope scope = Scope.of(new io.scan2ledger.ledger.LedgerRecord("K", 1, "t", Map.of("phone", "03-1", "blank", " ")),
                new LedgerTarget("http://l", "u", "p"), Map.of());
        assertThat(new ValueTest(Expression.parse("${phone}"), true, null, null).holds(scope)).isTrue();
        assertThat(new ValueTest(Expression.parse("${blank}"), true, null, null).holds(scope)).isFalse();
        assertThat(new ValueTest(Expression.parse("${blank}"), false, null, null).holds(scope)).isTrue();
        assertThat(new ValueTest(Expression.parse("${phone}"), null, Expression.parse("03-1"), null).holds(scope)).isTrue();
        assertThat(new ValueTest(Expression.parse("${phone}"), null, null, java.util.regex.Pattern.compile("0\\d-.*"))
                .holds(scope)).isTrue();
        assertThat(new ValueTest(Expression.parse("${phone}"), null, null, java.util.regex.Pattern.compile("\\d+"))
                .holds(scope)).isFalse();
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
