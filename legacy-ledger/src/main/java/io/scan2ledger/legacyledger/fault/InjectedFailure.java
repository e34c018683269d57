package io.scan2ledger.legacyledger.fault;

/** A failure the tests asked for; shown as the old system's 500 page. */
public class InjectedFailure extends RuntimeException {

    public InjectedFailure(FaultPoint point, String when) {
        super("injected failure at " + point.jsonName() + " (" + when + ")", null, false, false);
    }
}
