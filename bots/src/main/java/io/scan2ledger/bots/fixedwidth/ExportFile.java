package io.scan2ledger.bots.fixedwidth;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * The file being built, in memory until commit: a run's records are few enough (a night's forms
 * of one kind), and nothing reaches the pick-up folder before the whole file is known.
 * Line 1 is the header; data records follow from line 2; the trailer comes last.
 */
final class ExportFile {

    private final String name;
    private final byte[] terminator;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int dataRecords;
    private BigInteger hashTotal = BigInteger.ZERO;

    ExportFile(String name, byte[] header, byte[] terminator) {
        this.name = name;
        this.terminator = terminator;
        line(header);
    }

    String name() {
        return name;
    }

    /** Adds a data record and returns its line number. */
    int add(byte[] record, BigInteger hashValue) {
        line(record);
        dataRecords++;
        hashTotal = hashTotal.add(hashValue);
        return dataRecords + 1;
    }

    int dataRecords() {
        return dataRecords;
    }

    BigInteger hashTotal() {
        return hashTotal;
    }

    /** The whole file, ending with the trailer. */
    byte[] withTrailer(byte[] trailer) {
        ByteArrayOutputStream file = new ByteArrayOutputStream(bytes.size() + trailer.length + terminator.length);
        file.writeBytes(bytes.toByteArray());
        file.writeBytes(trailer);
        file.writeBytes(terminator);
        return file.toByteArray();
    }

    private void line(byte[] record) {
        bytes.writeBytes(record);
        bytes.writeBytes(terminator);
    }
}
