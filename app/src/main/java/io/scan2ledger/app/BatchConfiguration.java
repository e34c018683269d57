package io.scan2ledger.app;

import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.batch.BatchSchedule;
import io.scan2ledger.batch.BatchService;
import io.scan2ledger.batch.BotRoster;
import io.scan2ledger.bots.excel.ExcelLedgerBot;
import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.excel.ExcelLedgerSettings;
import io.scan2ledger.bots.fixedwidth.FieldSpec;
import io.scan2ledger.bots.fixedwidth.FixedWidthExportBot;
import io.scan2ledger.bots.fixedwidth.FixedWidthLayout;
import io.scan2ledger.bots.fixedwidth.FixedWidthSettings;
import io.scan2ledger.bots.web.BotDefinition;
import io.scan2ledger.bots.web.BotDefinitions;
import io.scan2ledger.bots.web.DefinitionCheck;
import io.scan2ledger.bots.web.BrowserSettings;
import io.scan2ledger.bots.web.WebBotSettings;
import io.scan2ledger.bots.web.WebLedgerBot;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.retention.RetentionService;
import io.scan2ledger.review.ApprovalRepository;
import io.scan2ledger.scheduler.RetentionProperties;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.metering.EffectMeter;
import io.scan2ledger.metering.EffectWorkbooks;
import io.scan2ledger.metering.MeteringRepository;
import io.scan2ledger.scheduler.QuartzBatchSchedule;
import io.scan2ledger.scheduler.ScheduleConfiguration;
import io.scan2ledger.scheduler.ScheduleProperties;
import io.scan2ledger.scheduler.metering.EffectWorkbook;
import io.scan2ledger.scheduler.report.RunReportWriter;
import io.scan2ledger.support.Home;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.Templates;
import org.quartz.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The nightly batch (bots, schedule, reports, effect metering) and the retention of personal data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BotsProperties.class)
@Import(ScheduleConfiguration.class)
public class BatchConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchConfiguration.class);

    /**
     * @param writers how the Excel and fixed-width bots save: the plain atomic writer with the
     *                configured file mode, unless a test provides one that damages what is written
     *                (to show the read-back catching it)
     */
    @Bean
    BotRoster botRoster(BotsProperties bots, Home home, Environment env, Scan2LedgerProperties properties,
                        Clock clock, ObjectProvider<AtomicWriter> writers, Templates templates) {
        AtomicWriter writer = writers.getIfAvailable(() -> new AtomicWriter(bots.files()));
        Map<String, List<LedgerBot>> byForm = new LinkedHashMap<>();
        if (!bots.web().isEmpty()) {
            BotDefinitions definitions = bots.definitions() == null ? BotDefinitions.bundled()
                    : BotDefinitions.fromDirectory(bots.definitions());
            // Credentials and URLs are looked up in Spring's environment: environment variables,
            // -D options and (demo profile only) application-demo.yaml.
            BrowserSettings browsers = new BrowserSettings(bots.chromedriver(), bots.chromium(), true, "1024,900",
                    home.root().resolve("work/browser"));
            // A process killed mid-run left its browsers running: end them before anything starts.
            WebLedgerBot.endOrphanedBrowsers(browsers);
            WebBotSettings settings = new WebBotSettings(env::getProperty, browsers);
            for (BotsProperties.WebBot web : bots.web()) {
                BotDefinition definition = definitions.byId(web.id()).orElseThrow(() -> new IllegalStateException(
                        "scan2ledger.bots.web: no bot definition '" + web.id() + "'"));
                // A field its template does not have would key '' in the night batch: refuse to start instead.
                List<String> problems = DefinitionCheck.againstTemplate(definition, templates.byId(definition.form()));
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("bot definition " + web.id() + " does not fit its form:\n"
                            + String.join("\n", problems));
                }
                add(byForm, definition.form(), new WebLedgerBot(definition, settings));
            }
        }
        for (BotsProperties.ExcelBot x : bots.excel()) {
            ExcelLedgerSettings.LedgerNumbering numbering = x.ledgerNumberColumn() == null ? null
                    : new ExcelLedgerSettings.LedgerNumbering(x.ledgerNumberColumn(), x.ledgerNumberPrefix(),
                    x.ledgerNumberDigits() == null ? 6 : x.ledgerNumberDigits());
            add(byForm, x.form(), new ExcelLedgerBot(new ExcelLedgerSettings(x.id(), home.resolve(x.workbook().toString()),
                    x.sheet(), x.headerRow(), x.keyColumn(), x.columns(), x.mode(), numbering, x.retryAfter(), 0,
                    properties.zone(), x.columnKinds()), clock, writer));
        }
        for (BotsProperties.FixedWidthBot f : bots.fixedWidth()) {
            BotsProperties.Layout l = f.layout();
            FixedWidthLayout layout = new FixedWidthLayout(l.id(), l.recordLength(), l.datePattern(), fields(l.header()),
                    fields(l.data()), fields(l.trailer()), l.hashTotalField());
            add(byForm, f.form(), new FixedWidthExportBot(new FixedWidthSettings(f.id(), layout,
                    home.resolve(f.outputDir().toString()), f.fileNamePattern(), f.lineTerminator(), properties.zone(),
                    null), writer));
        }
        BotRoster roster = new BotRoster(byForm);
        warnOfDeadEnds(roster, templates);
        return roster;
    }

    /**
     * A form in use that no bot keys (a template folder added it, say) is read and approved, then
     * waits forever: said at start-up by form id (no personal data), not discovered weeks later.
     */
    static List<String> warnOfDeadEnds(BotRoster roster, Templates templates) {
        List<String> unkeyed = roster.unkeyed(templates.all());
        unkeyed.forEach(form -> log.warn("bots.no-keying-target form={} (its approved documents reach no ledger:"
                + " configure a bot for it under scan2ledger.bots)", form));
        return unkeyed;
    }

    private static void add(Map<String, List<LedgerBot>> byForm, String form, LedgerBot bot) {
        byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(bot);
    }

    private static List<FieldSpec> fields(List<BotsProperties.Field> fields) {
        return fields.stream().map(f -> new FieldSpec(f.name(), f.width(), f.kind())).toList();
    }

    @Bean
    RunReportWriter runReports(Home home, Scan2LedgerProperties properties, Clock clock, DocumentRepository documents) {
        return new RunReportWriter(home.root().resolve("reports"), properties.zone(), clock, documents);
    }

    @Bean
    BatchService batchService(DocumentRepository documents, ReadingRepository readings, ApprovalRepository approvals,
                              BatchRepository batches, BotRoster roster, RunReportWriter reports, AuditTrail audit,
                              Transactions tx, Clock clock, Home home, ScheduleProperties schedule,
                              BatchSchedule batchSchedule) {
        return new BatchService(documents, readings, approvals, batches, roster, reports, audit, tx, clock,
                home.root().resolve("evidence"), schedule.stale(), batchSchedule, schedule.botPause());
    }

    @Bean
    BatchSchedule batchSchedule(Scheduler scheduler, ScheduleProperties schedule) {
        QuartzBatchSchedule quartz = new QuartzBatchSchedule(scheduler, schedule);
        if (!schedule.enabled()) {
            quartz.pause();
        }
        return quartz;
    }

    /** Runs an admin started go here, one at a time (the batch lock would refuse a second anyway). */
    @Bean(name = "batchExecutor")
    ThreadPoolTaskExecutor batchExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("batch-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    @Bean
    EffectMeter effectMeter(MeteringRepository facts, Templates templates, BotsProperties bots, BotRoster roster,
                            Scan2LedgerProperties properties) {
        return new EffectMeter(facts, templates, bots.minutesPerForm(), roster.botCount(), properties.zone());
    }

    @Bean
    RetentionService retentionService(DocumentRepository documents, OriginalStore store, AuditTrail audit,
                                      Transactions tx, Clock clock, RetentionProperties retention, Home home) {
        return new RetentionService(documents, store, audit, tx, clock, new RetentionService.Periods(
                retention.originals(), retention.archive(), retention.error()), home.archive(), home.error());
    }

    @Bean
    EffectWorkbooks effectWorkbooks() {
        return new EffectWorkbook();
    }
}
