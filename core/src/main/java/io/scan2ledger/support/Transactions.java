package io.scan2ledger.support;

import java.util.function.Supplier;

/** Port: runs work in one database transaction, so a state change and its audit row commit together. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
