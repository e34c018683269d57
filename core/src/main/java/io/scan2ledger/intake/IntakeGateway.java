package io.scan2ledger.intake;

/** Port: hands an uploaded file to the same intake route that watched folders feed. */
public interface IntakeGateway {

    IntakeResult submit(IncomingFile file);
}
