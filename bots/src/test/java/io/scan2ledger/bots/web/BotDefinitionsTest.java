package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every definition in {@code bots/ledgers/} reads, names only fields its form's template has
 * (../ocr-templates) and only screens and elements the legacy ledger documents (../legacy-ledger/README.md).
 */
class BotDefinitionsTest {

    private static final Path LEDGERS = Path.of("ledgers");
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path TEMPLATES = Path.of("..", "ocr-templates");
    private static final Path LEDGER_README = Path.of("..", "legacy-ledger", "README.md");

    static List<Path> definitionFiles() throws IOException {
        try (Stream<Path> files = Files.list(LEDGERS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theIndexListsEveryDefinitionAndTheClassPathHasThemAll() throws IOException {
        List<String> listed = Files.readAllLines(LEDGERS.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(listed).containsExactlyElementsOf(definitionFiles().stream().map(f -> f.getFileName().toString()).toList());
        assertThat(BotDefinitions.bundled().all()).extracting(BotDefinition::id)
                .containsExactly("jidou-teate-web", "jumin-ido-web");
        assertThat(BotDefinitions.fromDirectory(LEDGERS).all()).hasToString(BotDefinitions.bundled().all().toString());
    }

    @ParameterizedTest
    @MethodSource("definitionFiles")
    void everyFieldReferencedIsInTheFormsTemplate(Path file) throws IOException {
        BotDefinition d = BotDefinitions.read(file);
        Set<String> fields = templateFields(d.form());
        assertThat(d.fieldReferences()).isNotEmpty().allSatisfy(name -> assertThat(fields)
                .as("%s: %s in template %s", file.getFileName(), name, d.form())
                .anyMatch(f -> f.matches(Pattern.quote(name).replace("[*]", "\\E\\[\\d+\\]\\Q"))));
    }

    @ParameterizedTest
    @MethodSource("definitionFiles")
    void everyScreenAndElementIsInTheLedgersReadme(Path file) throws IOException {
        String readme = Files.readString(LEDGER_README);
        BotDefinition d = BotDefinitions.read(file);
        assertThat(d.screenNames()).hasSizeGreaterThan(30)
                .allSatisfy(name -> assertThat(readme).as("%s: %s", file.getFileName(), name)
                        .containsPattern("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])"));
    }

    @ParameterizedTest
    @MethodSource("definitionFiles")
    void everyDefinitionFitsItsTemplateAndVerifiesWhatItKeys(Path file) throws IOException {
        BotDefinition d = BotDefinitions.read(file);
        assertThat(DefinitionCheck.againstFields(d, Optional.of(templateFields(d.form())))).isEmpty();
        // Every element filled on the input screen has its stored item compared on CM040 照会.
        Set<String> filled = new TreeSet<>();
        Step.flatten(d.key()).stream().filter(Step.Input.class::isInstance)
                .map(s -> s.parts(Locator.class).get(0).value().replaceAll("^(txt|sel|rdo)", "")
                        .replaceAll("(Gengo|Nen|Tsuki|Hi)$", ""))
                .forEach(filled::add);
        Set<String> verified = new TreeSet<>();
        Step.flatten(d.verify().steps()).stream().filter(Step.AssertText.class::isInstance)
                .map(s -> ((Step.AssertText) s).target().value().replaceAll("^dsp", "")).forEach(verified::add);
        assertThat(verified).containsAll(filled);
    }

    @Test
    void aTypoInAFieldIsRefusedWithItsFileAndPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jumin-ido-web.yaml");
        Files.writeString(file, Files.readString(LEDGERS.resolve("jumin-ido-web.yaml"))
                .replace("value: \"${newAddress}\"", "value: \"${newAdress}\""));
        assertThat(DefinitionCheck.files(dir, form -> Optional.empty())).containsExactly(
                "jumin-ido-web.yaml: form: no template 'jumin-ido'");
        BotDefinition d = BotDefinitions.read(file);
        assertThat(DefinitionCheck.againstFields(d, Optional.of(templateFields(d.form())))).containsExactly(
                "jumin-ido-web.yaml: key[19].fill.value: '${newAdress}' is not a field of template jumin-ido"
                        + " (did you mean 'newAddress'?); a step can also name key, documentId, ledgerRef (verify),"
                        + " target.* and the variables readValue steps set before it");
    }

    @Test
    void theWorkedExampleForAThirdPartyLedgerReadsAndFitsItsTemplate() throws IOException {
        BotDefinition d = BotDefinitions.read(EXAMPLES.resolve("kosodate-cloud-web.yaml"));
        assertThat(DefinitionCheck.againstFields(d, Optional.of(templateFields(d.form())))).isEmpty();
        assertThat(d.target().vars()).containsOnlyKeys("tenant", "database");
        assertThat(Step.flatten(d.key())).filteredOn(Step.When.class::isInstance).hasSize(3);
        assertThat(d.detect().refused()).isInstanceOfSatisfying(Condition.Several.class,
                c -> assertThat(c.join()).isEqualTo(Condition.Several.Join.ALL_OF));
        assertThat(d.find().absent()).isInstanceOfSatisfying(Condition.Several.class,
                c -> assertThat(c.join()).isEqualTo(Condition.Several.Join.ALL_OF));
        assertThat(d.verify().normalise()).extracting(Filter::kind)
                .containsExactly(Filter.Kind.TRIM, Filter.Kind.WIDTH, Filter.Kind.REPLACE);
        assertThat(d.fieldReferences()).contains("phone", "postalCode", "children[1].birthDate")
                .doesNotContain("key", "ledgerRef", "target.tenant");
    }

    /** {@code name} of each field, {@code table[row].column} of each table cell. */
    private static Set<String> templateFields(String form) throws IOException {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(TEMPLATES.resolve(form).resolve("template.yaml").toFile());
        Set<String> names = new TreeSet<>();
        template.path("fields").forEach(f -> names.add(f.get("name").asText()));
        template.path("tables").forEach(t -> {
            for (int row = 0; row < t.get("rows").asInt(); row++) {
                for (JsonNode column : t.get("columns")) {
                    names.add(t.get("name").asText() + "[" + row + "]." + column.get("name").asText());
                }
            }
        });
        assertThat(names).as("template %s", form).isNotEmpty();
        return names;
    }
}
