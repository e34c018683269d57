package io.scan2ledger.app;

import io.scan2ledger.audit.AuditCheckpoints;
import io.scan2ledger.persistence.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checkpoints the audit chain head outside the database every
 * {@code scan2ledger.audit.checkpoint-interval} (at most a day) and once more at shutdown. A plain
 * timer on this node rather than a Quartz job: every node keeps its own checkpoint file, and a
 * checkpoint must not wait for the cluster's scheduler (or its database) to be healthy.
 * Stops last (lowest phase), after the routes and the web server stopped appending.
 */
@Component
class AuditCheckpointing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointing.class);

    private final AuditCheckpoints checkpoints;
    private final AuditProperties properties;
    private ScheduledExecutorService timer;

    AuditCheckpointing(AuditCheckpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-checkpoint");
            t.setDaemon(true);
            return t;
        });
        long every = properties.checkpointInterval().toMillis();
        timer.scheduleAtFixedRate(() -> checkpoint("schedule"), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        timer.shutdownNow();
        timer = null;
        checkpoint("shutdown");
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void checkpoint(String by) {
        try {
            checkpoints.write(by);
        } catch (RuntimeException e) { // a database or disk outage: the next tick tries again
            log.error("audit.checkpoint.failed by={} error={}", by, e.getClass().getSimpleName());
        }
    }
}
