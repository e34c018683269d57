package io.scan2ledger.bots.web;

/**
 * Hears each step as it ends, for {@code ./scan2ledger bot try}: the phase, the step as
 * {@link Step#describe()} names it (kind and element id, never a value) and how long it took.
 */
@FunctionalInterface
public interface StepTrace {

    StepTrace NONE = (phase, step, millis) -> { };

    void step(String phase, String step, long millis);
}
