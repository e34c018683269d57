package io.scan2ledger.bots.fixedwidth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The written export file read back with the layout, as the importing job will: cut into records
 * by byte widths, each data record into its fields, and every field compared with the bytes the
 * record's value encodes to. Header, trailer and line terminators must be exactly as built; when
 * they are not, the file as a whole cannot be trusted.
 */
final class ExportReadBack {

    /** The file's shape is wrong (length, header, trailer, a line terminator): no record can be judged alone. */
    static final class Broken extends Exception {
        Broken(String what) {
            super(what, null, false, false);
        }
    }

    private final FixedWidthLayout layout;
    private final byte[] terminator;

    ExportReadBack(FixedWidthLayout layout, byte[] terminator) {
        this.layout = layout;
        this.terminator = terminator.clone();
    }

    /**
     * The data fields that differ, by line number (data records start at line 2).
     *
     * @param expected the whole file as built: header, data records, trailer, each with its terminator
     */
    Map<Integer, List<String>> differences(byte[] expected, byte[] actual) throws Broken {
        int lineLength = layout.recordLength() + terminator.length;
        if (actual.length != expected.length) {
            throw new Broken("the file has " + actual.length + " bytes, " + expected.length + " were written");
        }
        int lines = expected.length / lineLength;
        Map<Integer, List<String>> differences = new LinkedHashMap<>();
        for (int line = 1; line <= lines; line++) {
            int start = (line - 1) * lineLength;
            if (!Arrays.equals(actual, start + layout.recordLength(), start + lineLength,
                    expected, start + layout.recordLength(), start + lineLength)) {
                throw new Broken("line " + line + " does not end with the line terminator");
            }
            boolean data = line > 1 && line < lines;
            List<String> wrong = fieldsDiffering(data ? layout.data() : line == 1 ? layout.header() : layout.trailer(),
                    expected, actual, start);
            if (!wrong.isEmpty() && !data) {
                throw new Broken((line == 1 ? "header" : "trailer") + " fields " + wrong + " differ");
            }
            if (!wrong.isEmpty()) {
                differences.put(line, wrong);
            }
        }
        return differences;
    }

    private static List<String> fieldsDiffering(List<FieldSpec> fields, byte[] expected, byte[] actual, int start) {
        List<String> wrong = new ArrayList<>();
        int at = start;
        for (FieldSpec field : fields) {
            if (!Arrays.equals(actual, at, at + field.width(), expected, at, at + field.width())) {
                wrong.add(field.name());
            }
            at += field.width();
        }
        return wrong;
    }
}
