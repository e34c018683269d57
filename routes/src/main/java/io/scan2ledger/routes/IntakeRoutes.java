package io.scan2ledger.routes;

import io.scan2ledger.document.Source;
import io.scan2ledger.intake.InboxNames;
import io.scan2ledger.intake.IncomingFile;
import io.scan2ledger.intake.IntakeResult;
import io.scan2ledger.intake.IntakeService;
import io.scan2ledger.support.Home;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;

import java.io.File;
import java.nio.file.Path;

/**
 * Watched-folder intake: one file consumer per inbox, all feeding {@code direct:intake}, which
 * browser and API uploads enter too.
 *
 * <p>The consumers never move or delete files themselves ({@code noop=true}, no idempotent memory):
 * {@link IntakeService} moves a file out of the inbox only after it is stored and recorded. A file
 * intake cannot finish with (database down, disk full) simply stays and is retried on the next poll.
 */
public class IntakeRoutes extends RouteBuilder {

    public static final String INTAKE = "direct:intake";
    static final String CHANNEL = "scan2ledgerChannel";

    // Hidden files, temporary files and Office lock files are never taken.
    static final String EXCLUDE = "^(\\..*|~\\$.*|.*\\.(tmp|TMP|part|crdownload))$";

    private final IntakeProperties properties;
    private final Home home;
    private final IntakeService intake;
    private final Pipeline pipeline;
    private final InboxNames names = new InboxNames();

    public IntakeRoutes(IntakeProperties properties, Home home, IntakeService intake, Pipeline pipeline) {
        this.properties = properties;
        this.home = home;
        this.intake = intake;
        this.pipeline = pipeline;
    }

    @Override
    public void configure() {
        for (IntakeProperties.Channel channel : properties.channels()) {
            from(fileUri(channel))
                    .routeId("intake-folder-" + channel.name())
                    .routeConfigurationId(PipelineErrorHandling.ID)
                    .setHeader(CHANNEL, constant(channel.name()))
                    .to(INTAKE);
        }

        // A name that is not valid UTF-8 (a Shift_JIS share) can be listed but never opened by the
        // consumers: such files are renamed to a readable name first, at the consumers' own pace.
        from("timer:inbox-names?period=" + properties.pollInterval().toMillis())
                .routeId("intake-names")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .process(exchange -> properties.channels().forEach(c -> names.repair(home.resolve(c.folder()), c.name())));

        from(INTAKE)
                .routeId("intake")
                // Errors go back to the caller: the folder route logs and retries, an upload answers the client.
                .errorHandler(noErrorHandler())
                .process(this::take)
                .process(exchange -> pipeline.next(exchange.getMessage().getBody(IntakeResult.class)));
    }

    private void take(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        IncomingFile incoming = body instanceof IncomingFile in ? in : fromFolder(exchange, (GenericFile<?>) body);
        exchange.getMessage().setBody(intake.take(incoming));
    }

    private IncomingFile fromFolder(Exchange exchange, GenericFile<?> file) {
        return new IncomingFile(((File) file.getFile()).toPath(), exchange.getMessage().getHeader(CHANNEL, String.class),
                Source.FOLDER, file.getFileNameOnly(), "system:intake");
    }

    String fileUri(IntakeProperties.Channel channel) {
        Path folder = home.resolve(channel.folder());
        return "file:" + folder
                + "?noop=true&idempotent=false&recursive=false&autoCreate=true"
                + "&readLock=changed&readLockMinLength=0"
                + "&readLockMinAge=" + properties.minAge().toMillis()
                + "&readLockCheckInterval=" + properties.checkInterval().toMillis()
                + "&readLockTimeout=" + Math.max(10_000, properties.minAge().toMillis() * 4)
                // The default WARN names the file, which may carry a resident's name.
                + "&readLockLoggingLevel=OFF"
                + "&delay=" + properties.pollInterval().toMillis() + "&initialDelay=0"
                + "&sortBy=file:modified&maxMessagesPerPoll=100"
                + "&exclude=RAW(" + EXCLUDE + ")";
    }
}
