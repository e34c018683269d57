package io.scan2ledger.routes;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.Source;
import io.scan2ledger.intake.EApplicationService;
import io.scan2ledger.intake.IncomingFile;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFile;

import java.io.File;
import java.util.List;

/**
 * Online-application exports (CSV or JSON) dropped into their own watched folder: same read lock
 * and exclusions as the scan inboxes, then one document per record, straight to validation.
 */
public class EApplicationRoutes extends RouteBuilder {

    private final IntakeProperties properties;
    private final IntakeRoutes folders;
    private final EApplicationService eApplications;
    private final Pipeline pipeline;

    public EApplicationRoutes(IntakeProperties properties, IntakeRoutes folders, EApplicationService eApplications,
                              Pipeline pipeline) {
        this.properties = properties;
        this.folders = folders;
        this.eApplications = eApplications;
        this.pipeline = pipeline;
    }

    @Override
    public void configure() {
        IntakeProperties.Channel channel = properties.eApplication();
        if (channel == null) {
            return;
        }
        from(folders.fileUri(channel))
                .routeId("intake-e-application")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .process(exchange -> {
                    GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
                    List<Document> docs = eApplications.take(new IncomingFile(((File) file.getFile()).toPath(),
                            channel.name(), Source.E_APPLICATION, file.getFileNameOnly(), "system:e-application"));
                    docs.forEach(d -> pipeline.next(d.id(), d.state()));
                });
    }
}
