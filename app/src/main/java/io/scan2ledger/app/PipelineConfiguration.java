package io.scan2ledger.app;

import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.batch.BatchService;
import io.scan2ledger.document.DocumentLifecycle;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.ScanInspector;
import io.scan2ledger.installation.Installation;
import io.scan2ledger.installation.InstallationRepository;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.intake.IntakeGateway;
import io.scan2ledger.intake.IntakeService;
import io.scan2ledger.intake.IntakeSettings;
import io.scan2ledger.persistence.PersistenceConfiguration;
import io.scan2ledger.routes.CamelIntakeGateway;
import io.scan2ledger.routes.IntakeProperties;
import io.scan2ledger.routes.IntakeRoutes;
import io.scan2ledger.routes.Pipeline;
import io.scan2ledger.routes.PipelineErrorHandling;
import io.scan2ledger.persistence.store.SealedCopies;
import io.scan2ledger.support.Home;
import io.scan2ledger.support.OwnerOnly;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.web.api.UploadSpool;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wires the core's services to their adapters and the Camel routes. */
@Configuration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
@EnableConfigurationProperties({IntakeProperties.class, ImagingProperties.class, InstallationProperties.class})
public class PipelineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Folders of the data directory that hold personal data: owner-only (0700), also when they already exist. */
    static final List<String> PRIVATE_FOLDERS = List.of("db", "store", "archive", "error", "spool", "work", "evidence",
            "reports", "logs", "keys");

    @Bean
    Home home(Scan2LedgerProperties properties, IntakeProperties intake) {
        Home home = new Home(properties.home());
        try {
            OwnerOnly.directory(home.root());
            for (String folder : PRIVATE_FOLDERS) {
                OwnerOnly.directory(home.root().resolve(folder));
            }
            for (var channel : intake.channels()) {
                Files.createDirectories(home.resolve(channel.folder()));
            }
            if (intake.eApplication() != null) {
                Files.createDirectories(home.resolve(intake.eApplication().folder()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory layout under " + home.root(), e);
        }
        return home;
    }

    /**
     * This installation's id, settled (configured, stored, or generated at the first start) while
     * the context starts: before intake, uploads or the batch can stamp a document or key a record.
     */
    @Bean
    Installation installation(InstallationRepository repository, AuditTrail audit, Transactions tx,
                              InstallationProperties properties) {
        Installation installation = new Installation(repository, audit, tx);
        installation.start(properties.configured());
        return installation;
    }

    @Bean
    Channels channels(IntakeProperties intake) {
        return intake.toChannels();
    }

    @Bean
    ImagingLimits imagingLimits(ImagingProperties imaging) {
        return imaging.limits();
    }

    @Bean
    ScanInspector scanInspector(ImagingLimits limits) {
        return new ScanInspector(limits);
    }

    @Bean
    IntakeSettings intakeSettings(Home home, IntakeProperties intake, Scan2LedgerProperties properties,
                                  SealedCopies sealer) {
        return new IntakeSettings(home.archive(), home.error(), intake.maxFileSize().toBytes(),
                intake.incompleteGrace(), properties.zone(),
                intake.archiveCopies() == IntakeProperties.ArchiveCopies.SEALED ? sealer : null);
    }

    @Bean
    IntakeService intakeService(ScanInspector inspector, OriginalStore store, DocumentRepository documents,
                                AuditTrail audit, Transactions tx, IntakeSettings settings, Clock clock) {
        IntakeService service = new IntakeService(inspector, store, documents, audit, tx, settings, clock);
        String crashPoint = System.getProperty("scan2ledger.test.crash-point");
        if (crashPoint != null) {
            log.warn("intake.crash-point armed point={} (test hook)", crashPoint);
            service.setCrashPoint(IntakeService.CrashPoint.valueOf(crashPoint));
        }
        return service;
    }

    @Bean
    DocumentLifecycle documentLifecycle(DocumentRepository documents, AuditTrail audit, Transactions tx) {
        return new DocumentLifecycle(documents, audit, tx);
    }

    @Bean
    Pipeline pipeline(ObjectProvider<Pipeline.Stage> stages, ProducerTemplate producer, DocumentRepository documents) {
        return new Pipeline(stages.orderedStream().toList(), producer, documents);
    }

    @Bean
    PipelineErrorHandling pipelineErrorHandling() {
        return new PipelineErrorHandling();
    }

    @Bean
    IntakeRoutes intakeRoutes(IntakeProperties intake, Home home, IntakeService service, Pipeline pipeline) {
        return new IntakeRoutes(intake, home, service, pipeline);
    }

    @Bean
    IntakeGateway intakeGateway(ProducerTemplate producer) {
        return new CamelIntakeGateway(producer);
    }

    @Bean
    UploadSpool uploadSpool(Home home) {
        return new UploadSpool(home.spool());
    }

    /**
     * H2 and the log writer create their files with the process umask (0644 unless the launcher's
     * umask 077 applies): narrowed to 0600 once they exist. Their folders are 0700 already.
     */
    private static void narrowFilesOthersCreated(Home home) {
        for (String folder : List.of("db", "logs")) {
            try (var files = Files.list(home.root().resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    OwnerOnly.restrict(file);
                }
            } catch (IOException e) {
                log.warn("data-dir.narrow-failed folder={} cause={}", folder, e.getClass().getSimpleName());
            }
        }
    }

    /**
     * What the process was doing when it last stopped is finished: intakes whose file was already
     * filed are settled, a batch run that died with it is marked ABANDONED, and documents left in a
     * machine stage carry on where they were.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        Home home = context.getBean(Home.class);
        narrowFilesOthersCreated(home);
        Map<String, Path> inboxes = new HashMap<>();
        context.getBean(IntakeProperties.class).channels()
                .forEach(c -> inboxes.put(c.name(), home.resolve(c.folder())));
        context.getBean(IntakeService.class).settlePending(inboxes);
        context.getBeanProvider(BatchService.class).ifAvailable(BatchService::abandonDeadRun);
        Pipeline pipeline = context.getBean(Pipeline.class);
        new Thread(pipeline::resumeAll, "pipeline-resume").start();
    }
}
