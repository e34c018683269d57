package io.scan2ledger.routes;

import io.scan2ledger.document.DocumentState;
import org.apache.camel.builder.RouteBuilder;

import java.util.function.LongFunction;

/**
 * One machine stage of the pipeline (extraction, validation): documents in {@code takes} are
 * queued to a pool of workers, each runs the stage and hands the document on from its new state.
 * The queue is bounded: when it is full the stage before waits (a file stays safely in its inbox)
 * instead of memory growing. The database state stays the source of truth.
 */
public class StageRoutes extends RouteBuilder {

    private final String name;
    private final DocumentState takes;
    private final LongFunction<DocumentState> work;
    private final Pipeline pipeline;
    private final int workers;
    private final int queueSize;

    /**
     * @param work runs the stage for one document id and returns its state afterwards (null if it vanished)
     */
    public StageRoutes(String name, DocumentState takes, LongFunction<DocumentState> work, Pipeline pipeline,
                       int workers, int queueSize) {
        this.name = name;
        this.takes = takes;
        this.work = work;
        this.pipeline = pipeline;
        this.workers = workers;
        this.queueSize = queueSize;
    }

    public static String queue(String name) {
        return "seda:" + name;
    }

    public static Pipeline.Stage stage(String name, DocumentState takes) {
        return new Pipeline.Stage(takes, queue(name));
    }

    @Override
    public void configure() {
        from(queue(name) + "?concurrentConsumers=" + workers + "&size=" + queueSize + "&blockWhenFull=true")
                .routeId(name)
                .routeConfigurationId(PipelineErrorHandling.ID)
                .setHeader(PipelineErrorHandling.DOCUMENT_ID, body())
                .process(exchange -> {
                    long id = exchange.getMessage().getBody(Long.class);
                    DocumentState next;
                    try {
                        next = work.apply(id);
                    } finally {
                        pipeline.done(id);
                    }
                    if (next != null && next != takes) {
                        pipeline.next(id, next);
                    }
                });
    }
}
