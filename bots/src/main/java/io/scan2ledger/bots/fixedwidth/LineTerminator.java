package io.scan2ledger.bots.fixedwidth;

/** What follows each record; not counted in the record length. */
public enum LineTerminator {
    CRLF("\r\n"), LF("\n"), /** Pure fixed-length records, one after the other. */ NONE("");

    private final byte[] bytes;

    LineTerminator(String text) {
        this.bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
