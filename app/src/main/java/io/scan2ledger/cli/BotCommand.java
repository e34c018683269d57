package io.scan2ledger.cli;

import io.scan2ledger.bots.web.DefinitionCheck;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code bot check [FILE|DIR] [--templates DIR]}: reads web bot definitions strictly and checks
 * every field they name against the form templates, the way start-up does, printing each problem
 * as {@code file: path: problem}. Without a path, the definitions bundled in the application.
 */
final class BotCommand {

    private BotCommand() {
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 2 || !args[1].equals("check")) {
            out.println("usage: bot check [FILE|DIR] [--templates DIR]");
            return 2;
        }
        String templatesDir = Commands.option(args, "--templates", null);
        TemplateCatalog catalog = templatesDir == null ? TemplateCatalog.bundled()
                : TemplateCatalog.fromDirectory(Path.of(templatesDir));
        Function<String, Optional<FormTemplate>> templates = catalog::byId;
        String target = args.length > 2 && !args[2].startsWith("--") ? args[2] : null;
        if (target != null && !Files.exists(Path.of(target))) {
            out.println(target + ": no such file or folder");
            return 2;
        }
        List<String> problems = target == null ? DefinitionCheck.bundled(templates)
                : DefinitionCheck.files(Path.of(target), templates);
        problems.forEach(out::println);
        out.println(problems.isEmpty() ? "bot definitions OK (" + (target == null ? "bundled" : target) + ")"
                : problems.size() + " problem(s) / 定義に " + problems.size() + " 件の問題があります");
        return problems.isEmpty() ? 0 : 1;
    }
}
