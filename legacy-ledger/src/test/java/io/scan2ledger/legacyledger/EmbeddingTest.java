package io.scan2ledger.legacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The ledger inside someone else's JVM: beside their Spring Boot context, under their properties. */
class EmbeddingTest {

    /** Stands for scan2ledger's own application in its tests: auto-configured, with an application.yaml. */
    @EnableAutoConfiguration
    static class HostApplication {
    }

    @Test
    void twoLedgersRunBesideAHostApplicationWithoutTakingItsConfiguration() {
        System.setProperty("server.port", "1");
        System.setProperty("spring.config.name", "application");
        try (ConfigurableApplicationContext host = new SpringApplicationBuilder(HostApplication.class).run();
             LegacyLedger one = LegacyLedger.start();
             LegacyLedger two = LegacyLedger.start()) {
            assertThat(host.getEnvironment().getProperty("host.marker")).isEqualTo("loaded");
            assertThat(one.port()).isNotEqualTo(two.port()).isGreaterThan(1024);
            assertThat(one.jdbcUrl()).isNotEqualTo(two.jdbcUrl());

            LedgerClient intruder = new LedgerClient(one.baseUrl());
            assertThat(intruder.login("intruder", "intruder").screenId()).isEqualTo("CM010");
            LedgerClient clerk = new LedgerClient(one.baseUrl());
            clerk.login("rpa-bot", "rpa-demo");
            assertThat(clerk.get("/menu.do").status()).as("host's 1ms session timeout must not apply")
                    .isEqualTo(200);
            clerk.key(Samples.CHILD_ALLOWANCE, Samples.childAllowance("E-1"));
            assertThat(one.records(Samples.CHILD_ALLOWANCE)).hasSize(1);
            assertThat(two.records(Samples.CHILD_ALLOWANCE)).isEmpty();
        } finally {
            System.clearProperty("server.port");
            System.clearProperty("spring.config.name");
        }
    }

    @Test
    void aLedgerWithADataDirectoryKeepsItsRecordsAndNumberingAcrossRestarts(@TempDir Path dir) {
        LegacyLedger.Options options = LegacyLedger.Options.defaults().withDataDir(dir);
        try (LegacyLedger first = LegacyLedger.start(options)) {
            LedgerClient clerk = new LedgerClient(first.baseUrl());
            clerk.login("rpa-bot", "rpa-demo");
            clerk.key(Samples.RESIDENT_MOVE, Samples.residentMove("P-1"));
        }
        try (LegacyLedger again = LegacyLedger.start(options.withUser("clerk99", "pw-99"))) {
            assertThat(again.records(Samples.RESIDENT_MOVE)).singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("UKETSUKE_NO", "P-1"));
            LedgerClient clerk = new LedgerClient(again.baseUrl());
            assertThat(clerk.login("clerk99", "pw-99").screenId()).isEqualTo("CM020");
            Page done = clerk.key(Samples.RESIDENT_MOVE, Samples.residentMove("P-2"));
            assertThat(done.text("spnDaichoNo")).endsWith("-000002");
            assertThat(LedgerDb.query(again, "SELECT TOROKU_USER FROM JUMIN_IDOU WHERE UKETSUKE_NO = ?", "P-2"))
                    .containsExactly(Map.of("TOROKU_USER", "clerk99"));
        }
        assertThat(dir.resolve("ledger.mv.db")).exists();
    }
}
