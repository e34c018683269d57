package io.scan2ledger.persistence;

import io.scan2ledger.support.Transactions;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/** The core's transaction port on Spring's transaction manager. */
public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    public SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
