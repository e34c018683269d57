package io.scan2ledger.cli;

import io.scan2ledger.app.ExtractionProperties;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.bots.web.BotDefinition;
import io.scan2ledger.bots.web.BotDefinitions;
import io.scan2ledger.bots.web.BrowserSettings;
import io.scan2ledger.bots.web.DefinitionCheck;
import io.scan2ledger.bots.web.WebBotSettings;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.support.Home;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code bot check [FILE|DIR] [--templates DIR[,DIR]]}: reads web bot definitions strictly and checks
 * every field they name against the form templates, the way start-up does, printing each problem
 * as {@code file: path: problem}. Without a path, the definitions bundled in the application.
 *
 * <p>{@code bot try DEFINITION --document ID [--dry-run]}: one stored document's record through a
 * web bot (a bundled id or a definition file) against the ledger configured as for the server
 * (LEDGER_URL, LEDGER_USER, LEDGER_PASSWORD...), each step printed with its time ({@link BotTry}).
 */
final class BotCommand {

    private static final String USAGE = "usage: bot check [FILE|DIR] [--templates DIR[,DIR]]"
            + " | bot try DEFINITION --document ID [--dry-run]";
    /** Without --dry-run, only a document a person approved reaches the real ledger. */
    private static final Set<DocumentState> APPROVED = Set.of(DocumentState.APPROVED, DocumentState.KEYED,
            DocumentState.KEY_FAILED);

    private BotCommand() {
    }

    static int run(String[] args, PrintStream out) {
        if (args.length >= 3 && args[1].equals("try")) {
            return tryRecord(args, out);
        }
        if (args.length < 2 || !args[1].equals("check")) {
            out.println(USAGE);
            return 2;
        }
        TemplateCatalog catalog = TemplateCatalog.layered(Commands.templateFolders(args));
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

    private static int tryRecord(String[] args, PrintStream out) {
        String documentArg = Commands.option(args, "--document", null);
        if (documentArg == null || !documentArg.matches("\\d{1,18}")) {
            out.println(USAGE);
            return 2;
        }
        long documentId = Long.parseLong(documentArg);
        boolean dryRun = Arrays.asList(args).contains("--dry-run");
        BotDefinition definition = Files.isRegularFile(Path.of(args[2])) ? BotDefinitions.read(Path.of(args[2]))
                : BotDefinitions.bundled().byId(args[2]).orElse(null);
        if (definition == null) {
            out.println(args[2] + ": neither a definition file nor a bundled bot id");
            return 2;
        }
        String[] springArgs = Stream.concat(Stream.of("--spring.flyway.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN"),
                Arrays.stream(args).filter(a -> a.startsWith("--spring.") || a.startsWith("--scan2ledger.")))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Commands.CliContext.class)
                .web(WebApplicationType.NONE).run(springArgs)) {
            // Checked against the forms the application reads, template folders included.
            List<Path> folders = Binder.get(ctx.getEnvironment())
                    .bindOrCreate("scan2ledger.extraction", ExtractionProperties.class).templates();
            List<String> problems = DefinitionCheck.againstTemplate(definition,
                    TemplateCatalog.layered(folders).byId(definition.form()));
            if (!problems.isEmpty()) {
                problems.forEach(out::println);
                return 1;
            }
            Optional<Document> document = ctx.getBean(DocumentRepository.class).find(documentId);
            if (document.isEmpty() || !definition.form().equals(document.get().formId())) {
                out.println("no document " + documentId + " of form " + definition.form());
                return 1;
            }
            if (!dryRun && !APPROVED.contains(document.get().state())) {
                out.println("document " + documentId + " is " + document.get().state()
                        + ": only an approved document is keyed for real; add --dry-run to stop before the final submit");
                return 1;
            }
            Home home = ctx.getBean(Home.class);
            WebBotSettings settings = new WebBotSettings(ctx.getEnvironment()::getProperty,
                    BrowserSettings.defaults().withWorkDir(home.root().resolve("work/browser")));
            return BotTry.run(definition, LedgerRecords.of(document.get(),
                            ctx.getBean(ReadingRepository.class).fields(documentId)), settings,
                    home.root().resolve("evidence"), dryRun, out);
        }
    }
}
