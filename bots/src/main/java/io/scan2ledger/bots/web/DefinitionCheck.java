package io.scan2ledger.bots.web;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A definition against the template of the form it keys: every record field its expressions name
 * must be a field of that template, or the bot would key '' where a value belongs (a typo such as
 * {@code ${newAdress}} reads as empty). Problems say {@code file: yaml.path: problem}. Run at
 * start-up for the bots in use, and by {@code ./scan2ledger bot check}.
 */
public final class DefinitionCheck {

    private DefinitionCheck() {
    }

    /** The problems of one definition, given its form's template (empty: no template, itself a problem). */
    public static List<String> againstTemplate(BotDefinition d, Optional<FormTemplate> template) {
        return againstFields(d, template.map(t -> t.allFields().stream().map(FieldSpec::name).toList()));
    }

    /**
     * The problems of one definition, given the field names of its form's template, table cells
     * row by row ({@code children[0].name}); empty: there is no such template.
     */
    public static List<String> againstFields(BotDefinition d, Optional<? extends Collection<String>> templateFields) {
        if (templateFields.isEmpty()) {
            return List.of(d.id() + ".yaml: form: no template '" + d.form() + "'");
        }
        Collection<String> fields = templateFields.get();
        List<String> problems = new ArrayList<>();
        for (BotDefinition.FieldUse use : d.fieldUses()) {
            Pattern named = Pattern.compile(Pattern.quote(use.name()).replace("[*]", "\\E\\[\\d+\\]\\Q"));
            if (fields.stream().noneMatch(f -> named.matcher(f).matches())) {
                problems.add(use.where() + ": '${" + use.name() + "}' is not a field of template " + d.form()
                        + nearest(use.name(), fields).map(f -> " (did you mean '" + f + "'?)").orElse("")
                        + "; a step can also name key, documentId, ledgerRef (verify), target.* and the variables"
                        + " readValue steps set before it");
            }
        }
        return problems;
    }

    /**
     * Every definition file in {@code fileOrDir} (a folder: its {@code *.yaml}) read strictly and
     * checked against its template; the problems of all files, each {@code file: path: problem}.
     */
    public static List<String> files(Path fileOrDir, Function<String, Optional<FormTemplate>> templates) {
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> list = Files.list(fileOrDir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + fileOrDir, e);
            }
        } else {
            files = List.of(fileOrDir);
        }
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                BotDefinition d = BotDefinitions.read(file);
                problems.addAll(againstTemplate(d, templates.apply(d.form())));
            } catch (DefinitionException | UncheckedIOException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /** The bundled definitions, checked the same way. */
    public static List<String> bundled(Function<String, Optional<FormTemplate>> templates) {
        try {
            return definitions(BotDefinitions.bundled().all(), templates);
        } catch (DefinitionException e) {
            return List.of(e.getMessage());
        }
    }

    static List<String> definitions(Collection<BotDefinition> all, Function<String, Optional<FormTemplate>> templates) {
        return all.stream().flatMap(d -> againstTemplate(d, templates.apply(d.form())).stream()).toList();
    }

    /** The template field closest to a typo, if it is close (two edits at most). */
    private static Optional<String> nearest(String name, Collection<String> fields) {
        return fields.stream().filter(f -> distance(name, f) <= 2).min(Comparator.comparingInt(f -> distance(name, f)));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
