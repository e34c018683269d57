package io.scan2ledger.bots.fixedwidth;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The import file's record layouts (レコードレイアウト), all of one length.
 *
 * @param layoutId      written in the header record
 * @param recordLength  bytes per record, without the line terminator
 * @param datePattern   how DATE fields are written (a {@link java.time.format.DateTimeFormatter}
 *                      pattern; null: {@code yyyyMMdd})
 * @param header        the header record (record type 1): may use {@code recordType},
 *                      {@code creationDate}, {@code runId}, {@code layoutId}, {@code filler}
 * @param data          a data record (record type 2 when it has a {@code recordType} field); the
 *                      other names are the record values' names
 * @param trailer       the trailer record (record type 9): may use {@code recordType},
 *                      {@code recordCount} (data records only), {@code hashTotal}, {@code filler}
 * @param hashTotalField the NUMERIC data field whose values the trailer's {@code hashTotal} sums
 *                      (only the low-order digits that fit, as hash totals do); null when the
 *                      trailer has no hash total
 */
public record FixedWidthLayout(String layoutId, int recordLength, String datePattern, List<FieldSpec> header,
                               List<FieldSpec> data, List<FieldSpec> trailer, String hashTotalField) {

    public static final String CREATION_DATE = "creationDate";
    public static final String RUN_ID = "runId";
    public static final String LAYOUT_ID = "layoutId";
    public static final String RECORD_COUNT = "recordCount";
    public static final String HASH_TOTAL = "hashTotal";

    public FixedWidthLayout {
        Objects.requireNonNull(layoutId, "layoutId");
        datePattern = datePattern == null ? "yyyyMMdd" : datePattern;
        header = List.copyOf(header);
        data = List.copyOf(data);
        trailer = List.copyOf(trailer);
        checkLength("header", header, recordLength);
        checkLength("data", data, recordLength);
        checkLength("trailer", trailer, recordLength);
        checkNames("header", header, Set.of(FieldSpec.RECORD_TYPE, CREATION_DATE, RUN_ID, LAYOUT_ID, FieldSpec.FILLER));
        checkNames("trailer", trailer, Set.of(FieldSpec.RECORD_TYPE, RECORD_COUNT, HASH_TOTAL, FieldSpec.FILLER));
        boolean hashed = trailer.stream().anyMatch(f -> f.name().equals(HASH_TOTAL));
        boolean numericSource = data.stream().anyMatch(f -> f.name().equals(hashTotalField) && f.kind() == FieldKind.NUMERIC);
        if (hashed != numericSource) {
            throw new IllegalArgumentException(hashed
                    ? "the trailer's hashTotal needs hashTotalField naming a NUMERIC data field"
                    : "hashTotalField is set but the trailer has no hashTotal field, or it is not a NUMERIC data field");
        }
    }

    private static void checkLength(String record, List<FieldSpec> fields, int recordLength) {
        int sum = fields.stream().mapToInt(FieldSpec::width).sum();
        if (sum != recordLength) {
            throw new IllegalArgumentException("the " + record + " record's fields add up to " + sum
                    + " bytes, not the record length " + recordLength);
        }
    }

    private static void checkNames(String record, List<FieldSpec> fields, Set<String> allowed) {
        for (FieldSpec field : fields) {
            if (!allowed.contains(field.name())) {
                throw new IllegalArgumentException("the " + record + " record cannot fill field " + field.name()
                        + "; known names: " + allowed);
            }
        }
    }
}
