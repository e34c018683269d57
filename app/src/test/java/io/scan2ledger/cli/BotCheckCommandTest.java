package io.scan2ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./scan2ledger bot check}: every problem as file: path: problem, exit 1 when there is one. */
class BotCheckCommandTest {

    private static final Path LEDGERS = Path.of("..", "bots", "ledgers");

    @TempDir
    Path dir;

    @Test
    void theBundledAndTheExampleDefinitionsPass() {
        assertThat(run("bot", "check")).startsWith("0:").contains("bot definitions OK (bundled)");
        assertThat(run("bot", "check", LEDGERS.toString())).startsWith("0:");
        assertThat(run("bot", "check", Path.of("..", "bots", "examples").toString())).startsWith("0:");
    }

    @Test
    void everyProblemOfEveryFileIsPrintedWithItsPlace() throws IOException {
        Files.writeString(dir.resolve("jumin-ido-web.yaml"), Files.readString(LEDGERS.resolve("jumin-ido-web.yaml"))
                .replace("value: \"${newAddress}\"", "value: \"${newAdress}\"")
                .replace("equals: \"${relation}\"", "equals: \"${relashon}\""));
        Files.writeString(dir.resolve("jidou-teate-web.yaml"), Files.readString(LEDGERS.resolve("jidou-teate-web.yaml"))
                .replace("value: \"${kana}\"", "value: \"${kana|eraa}\""));
        String out = run("bot", "check", dir.toString());
        assertThat(out).startsWith("1:")
                .contains("jidou-teate-web.yaml: key[4].fill.value: unknown filter 'eraa'")
                .contains("jumin-ido-web.yaml: key[19].fill.value: '${newAdress}' is not a field of template jumin-ido"
                        + " (did you mean 'newAddress'?)")
                .contains("jumin-ido-web.yaml: verify.steps[13].assertText.equals: '${relashon}' is not a field")
                .contains("4 problem(s)");
    }

    /** The bundled definitions are checked against the forms as a template folder changes them. */
    @Test
    void definitionsAreCheckedAgainstTheFormsOfTemplateFoldersLaidOverTheBundledOnes() throws IOException {
        Path forms = Files.createDirectories(dir.resolve("forms/jumin-ido"));
        Files.writeString(forms.resolve("template.yaml"), Files.readString(
                Path.of("..", "ocr-templates", "jumin-ido", "template.yaml")).replace("newAddress", "newHome"));
        Path empty = Files.createDirectories(dir.resolve("more-forms"));

        assertThat(run("bot", "check", "--templates", empty.toString())).startsWith("0:");
        assertThat(run("bot", "check", "--templates", dir.resolve("forms") + "," + empty))
                .startsWith("1:").contains("'${newAddress}' is not a field of template jumin-ido");
    }

    private static String run(String... args) {
        CommandRun run = CommandRun.of(args);
        return run.exitCode() + ":" + run.output();
    }
}
