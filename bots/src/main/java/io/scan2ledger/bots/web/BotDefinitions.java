package io.scan2ledger.bots.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The web bot definitions in use: the bundled ones ({@code bots/ledgers/*.yaml}, packaged under
 * {@code bots/ledgers/} and listed in its {@code index.txt}), or a folder of them. A file's name is
 * its bot's id: {@code jidou-teate-web.yaml} defines {@code jidou-teate-web}.
 */
public final class BotDefinitions {

    /** Where the bundled definitions are on the class path. */
    public static final String RESOURCES = "bots/ledgers/";

    private final List<BotDefinition> all;

    private BotDefinitions(List<BotDefinition> all) {
        Set<String> ids = new HashSet<>();
        for (BotDefinition d : all) {
            if (!ids.add(d.id())) {
                throw new DefinitionException("two definitions with id " + d.id());
            }
        }
        this.all = List.copyOf(all);
    }

    /** The definitions packaged with this module. */
    public static BotDefinitions bundled() {
        ClassLoader loader = BotDefinitions.class.getClassLoader();
        List<BotDefinition> found = new ArrayList<>();
        for (String file : index(loader)) {
            try (InputStream in = loader.getResourceAsStream(RESOURCES + file)) {
                if (in == null) {
                    throw new DefinitionException(RESOURCES + "index.txt lists " + file + ", which is not there");
                }
                found.add(named(file, DefinitionReader.read(file, in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BotDefinitions(found);
    }

    /** Every {@code *.yaml} in {@code dir}, e.g. a ward's own definitions beside the application. */
    public static BotDefinitions fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new BotDefinitions(files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(BotDefinitions::read).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bot definitions", e);
        }
    }

    /** One definition file, read strictly. */
    public static BotDefinition read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return named(name, DefinitionReader.read(name, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public List<BotDefinition> all() {
        return all;
    }

    public Optional<BotDefinition> byId(String id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static BotDefinition named(String file, BotDefinition d) {
        if (!file.equals(d.id() + ".yaml")) {
            throw new DefinitionException(file + ": id: must be the file's name without .yaml, not " + d.id());
        }
        return d;
    }

    private static List<String> index(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCES + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
