package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.legacyledger.LegacyLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Web bot tests in real headless Chromium against one legacy ledger demo per class, emptied before each test. */
abstract class AgainstTheDemoLedger {

    static final String JT = "jidou-teate-web";
    static final String JI = "jumin-ido-web";
    static LedgerUnderTest ledger;

    @TempDir
    Path evidence;

    @BeforeAll
    static void start() {
        ledger = new LedgerUnderTest(LegacyLedger.Options.defaults());
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    @BeforeEach
    void emptyLedger() {
        ledger.ledger().reset();
    }

    @AfterEach
    void noBrowserOutlivesItsSession() {
        assertThat(LedgerUnderTest.browsersLeft()).isEmpty();
    }
}
