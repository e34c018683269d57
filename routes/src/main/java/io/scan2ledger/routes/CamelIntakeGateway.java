package io.scan2ledger.routes;

import io.scan2ledger.intake.IncomingFile;
import io.scan2ledger.intake.IntakeGateway;
import io.scan2ledger.intake.IntakeResult;
import org.apache.camel.ProducerTemplate;

/** Uploads enter {@code direct:intake}, the route every inbox folder feeds. */
public class CamelIntakeGateway implements IntakeGateway {

    private final ProducerTemplate producer;

    public CamelIntakeGateway(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public IntakeResult submit(IncomingFile file) {
        return producer.requestBody(IntakeRoutes.INTAKE, file, IntakeResult.class);
    }
}
