package io.scan2ledger.metering;

/** Port: the effect report as an .xlsx for the ward's DX report. */
public interface EffectWorkbooks {

    byte[] xlsx(EffectReport report);
}
