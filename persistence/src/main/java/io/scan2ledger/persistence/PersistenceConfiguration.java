package io.scan2ledger.persistence;

import io.scan2ledger.audit.AuditCheckpoints;
import io.scan2ledger.audit.AuditSeal;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.audit.AuditVerifier;
import io.scan2ledger.audit.StoredOriginalsCheck;
import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.installation.InstallationRepository;
import io.scan2ledger.metering.MeteringRepository;
import io.scan2ledger.review.ApprovalRepository;
import io.scan2ledger.review.ConfirmationRepository;
import io.scan2ledger.support.Home;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.persistence.audit.AuditProperties;
import io.scan2ledger.persistence.audit.FileCheckpointLog;
import io.scan2ledger.persistence.store.FileSystemOriginalStore;
import io.scan2ledger.persistence.store.SealedCopies;
import io.scan2ledger.persistence.store.StoreKeys;
import io.scan2ledger.persistence.store.StoreKeysLoader;
import io.scan2ledger.persistence.store.StoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The database and file-store adapters behind the core's ports. Used by the server and the CLI. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, AuditProperties.class})
public class PersistenceConfiguration {

    /** The embedded database's loopback binding and generated password, set before its data source is built. */
    @Bean
    static EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager manager) {
        return new TransactionTemplate(manager);
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new SpringTransactions(template);
    }

    @Bean
    DocumentRepository documentRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcDocumentRepository(jdbc, clock);
    }

    @Bean
    InstallationRepository installationRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcInstallationRepository(jdbc, clock);
    }

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, TransactionTemplate template, Clock clock, AuditSeal seal) {
        return new JdbcAuditTrail(jdbc, template, clock, seal);
    }

    /** Audit rows and checkpoints are sealed with keys derived from the store keys: same ids, same rotation. */
    @Bean
    AuditSeal auditSeal(StoreKeys keys) {
        return new AuditSeal(keys.activeId(), keys.all());
    }

    @Bean
    AuditCheckpoints auditCheckpoints(AuditProperties properties, Home home, AuditTrail trail, AuditSeal seal,
                                      Clock clock) {
        return new AuditCheckpoints(new FileCheckpointLog(properties.checkpointDir(home.root())), trail, seal, clock);
    }

    @Bean
    AuditVerifier auditVerifier(AuditTrail trail, AuditCheckpoints checkpoints, FileSystemOriginalStore store,
                                DocumentRepository documents) {
        return new AuditVerifier(trail, checkpoints, new StoredOriginalsCheck(store, documents), documents);
    }

    @Bean
    ReadingRepository readingRepository(JdbcClient jdbc) {
        return new JdbcReadingRepository(jdbc);
    }

    @Bean
    ApprovalRepository approvalRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcApprovalRepository(jdbc, clock);
    }

    @Bean
    ConfirmationRepository confirmationRepository(JdbcClient jdbc) {
        return new JdbcConfirmationRepository(jdbc);
    }

    @Bean
    BatchRepository batchRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcBatchRepository(jdbc, clock);
    }

    @Bean
    MeteringRepository meteringRepository(JdbcClient jdbc) {
        return new JdbcMeteringRepository(jdbc);
    }

    @Bean
    StoreKeys storeKeys(Home home, StoreProperties store) {
        return StoreKeysLoader.load(store, home.root());
    }

    @Bean
    FileSystemOriginalStore originalStore(Home home, StoreKeys keys) {
        return new FileSystemOriginalStore(home.store(), keys);
    }

    /** Seals the copies in archive/ with the store's keys. */
    @Bean
    SealedCopies sealedCopies(StoreKeys keys) {
        return new SealedCopies(keys);
    }
}
