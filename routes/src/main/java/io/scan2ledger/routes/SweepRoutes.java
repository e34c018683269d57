package io.scan2ledger.routes;

import org.apache.camel.builder.RouteBuilder;

import java.time.Duration;

/**
 * Every few minutes, documents sitting in a machine stage without being queued are queued again.
 * Normally there are none; this only catches a hand-off that failed (and a restart catches the rest).
 */
public class SweepRoutes extends RouteBuilder {

    private final Pipeline pipeline;
    private final Duration period;

    public SweepRoutes(Pipeline pipeline, Duration period) {
        this.pipeline = pipeline;
        this.period = period;
    }

    @Override
    public void configure() {
        from("timer:pipeline-sweep?delay=" + period.toMillis() + "&period=" + period.toMillis())
                .routeId("pipeline-sweep")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .process(exchange -> pipeline.resumeAll());
    }
}
