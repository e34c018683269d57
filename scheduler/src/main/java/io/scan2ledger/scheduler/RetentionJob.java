package io.scan2ledger.scheduler;

import io.scan2ledger.retention.RetentionService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The daily retention pass (see {@link RetentionService}). */
@DisallowConcurrentExecution
public class RetentionJob implements Job {

    private final RetentionService retention;

    public RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        retention.run();
    }
}
