package io.scan2ledger.routes;

import io.scan2ledger.support.Redact;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error handling shared by the pipeline routes. Camel's default error log prints the message
 * history and body, which would put file names (often a resident's name) and field values into
 * the log; this logs the route, the document id and a redacted cause instead.
 *
 * <p>Errors are marked handled: the work stays where it was (a file in its inbox, a document in
 * its state) and is retried on the next poll or the next start.
 */
public class PipelineErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "pipeline-errors";
    public static final String DOCUMENT_ID = "scan2ledgerDocumentId";

    private static final Logger log = LoggerFactory.getLogger(PipelineErrorHandling.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .handled(true)
                .process(PipelineErrorHandling::logSafely);
    }

    static void logSafely(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        log.warn("route.error route={} document={} cause={}", exchange.getFromRouteId(),
                exchange.getMessage().getHeader(DOCUMENT_ID, "-", String.class), Redact.throwable(cause));
    }
}
