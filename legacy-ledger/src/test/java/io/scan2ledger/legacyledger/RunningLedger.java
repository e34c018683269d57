package io.scan2ledger.legacyledger;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded ledger per test class ({@code @RegisterExtension static}); before each test it is
 * emptied, its faults put back, and {@link #clerk()} is a fresh client logged in as rpa-bot. Fields
 * of the test of type {@link LegacyLedger} and {@link LedgerClient} are set to both.
 */
final class RunningLedger implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final LegacyLedger.Options options;
    private LegacyLedger ledger;
    private LedgerClient clerk;

    RunningLedger(LegacyLedger.Options options) {
        this.options = options;
    }

    RunningLedger() {
        this(LegacyLedger.Options.defaults());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ledger = LegacyLedger.start(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ledger.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ledger.reset();
        clerk = new LedgerClient(ledger.baseUrl());
        if (!"CM020".equals(clerk.login("rpa-bot", "rpa-demo").screenId())) {
            throw new IllegalStateException("rpa-bot could not log in");
        }
        Object test = context.getRequiredTestInstance();
        for (Field field : test.getClass().getDeclaredFields()) {
            if (field.getType() == LegacyLedger.class || field.getType() == LedgerClient.class) {
                set(test, field, field.getType() == LegacyLedger.class ? ledger : clerk);
            }
        }
    }

    private static void set(Object test, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(test, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    LegacyLedger ledger() {
        return ledger;
    }

    LedgerClient clerk() {
        return clerk;
    }
}
