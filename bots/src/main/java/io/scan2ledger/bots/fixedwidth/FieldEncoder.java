package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.RecordRefused;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns values into byte-exact fixed-width records. A value that does not fit its field is
 * refused, never cut: a truncated name or amount in a mainframe master is worse than a record
 * a clerk has to look at.
 */
final class FieldEncoder {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final List<DateTimeFormatter> DATE_INPUTS =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"));
    private static final byte SPACE = ' ';
    private static final byte ZERO = '0';
    private static final byte[] FULL_WIDTH_SPACE = "\u3000".getBytes(Windows31J.CHARSET);

    private final DateTimeFormatter dateOutput;
    private final int recordLength;

    FieldEncoder(FixedWidthLayout layout) {
        this.dateOutput = DateTimeFormatter.ofPattern(layout.datePattern());
        this.recordLength = layout.recordLength();
    }

    /** One record; {@code values} by field name, a missing or blank value gives a blank field. */
    byte[] record(List<FieldSpec> fields, Map<String, String> values) throws RecordRefused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(recordLength);
        for (FieldSpec field : fields) {
            String value = field.name().equals(FieldSpec.FILLER) ? null : values.get(field.name());
            out.writeBytes(field(field, value == null ? "" : value));
        }
        return out.toByteArray();
    }

    /** A NUMERIC value as a number (for hash totals); zero when blank. */
    static BigInteger number(FieldSpec field, String value) throws RecordRefused {
        String digits = digitsOf(field, value == null ? "" : value);
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
    }

    byte[] field(FieldSpec field, String value) throws RecordRefused {
        checkNoControls(field, value);
        String text = Widths.msForms(value);
        return switch (field.kind()) {
            case ALPHANUMERIC -> halfWidth(field, Widths.halfWidthAscii(text));
            case HANKAKU_KANA -> halfWidth(field, Widths.halfWidthKana(text));
            case NUMERIC -> numeric(field, text);
            case DATE -> halfWidth(field, text.isBlank() ? "" : date(field, text.strip()));
            case KANJI, ZENKAKU -> fullWidth(field, Widths.fullWidth(text));
        };
    }

    private static byte[] halfWidth(FieldSpec field, String text) throws RecordRefused {
        byte[] bytes = Windows31J.encode(field.name(), text);
        if (bytes.length != text.length()) {
            throw new RecordRefused("field " + field.name() + " is half-width; the value holds full-width characters"
                    + (field.kind() == FieldKind.HANKAKU_KANA ? " with no half-width kana form" : ""));
        }
        return padded(field, bytes, SPACE);
    }

    private static byte[] fullWidth(FieldSpec field, String text) throws RecordRefused {
        byte[] bytes = Windows31J.encode(field.name(), text);
        if (bytes.length != 2 * text.length()) {
            throw new RecordRefused("field " + field.name() + " is full-width; the value holds characters with no full-width form");
        }
        byte[] out = padded(field, bytes, SPACE);
        for (int i = bytes.length; i < out.length; i += 2) {
            System.arraycopy(FULL_WIDTH_SPACE, 0, out, i, 2);
        }
        return out;
    }

    private static byte[] numeric(FieldSpec field, String value) throws RecordRefused {
        byte[] digits = digitsOf(field, value).getBytes(Windows31J.CHARSET);
        if (digits.length > field.width()) {
            throw tooLong(field, digits.length);
        }
        byte[] out = new byte[field.width()];
        Arrays.fill(out, ZERO);
        System.arraycopy(digits, 0, out, out.length - digits.length, digits.length);
        return out;
    }

    private static String digitsOf(FieldSpec field, String value) throws RecordRefused {
        String plain = Widths.halfWidthAscii(value).replace(",", "").strip();
        if (!plain.isEmpty() && !DIGITS.matcher(plain).matches()) {
            throw new RecordRefused("field " + field.name() + " takes a whole number of 0 or more; the value is not one");
        }
        return plain;
    }

    private String date(FieldSpec field, String value) throws RecordRefused {
        for (DateTimeFormatter input : DATE_INPUTS) {
            try {
                return dateOutput.format(LocalDate.parse(value, input));
            } catch (DateTimeParseException next) {
                // try the next input format
            }
        }
        throw new RecordRefused("field " + field.name() + " takes a date (yyyy-MM-dd); the value is not one");
    }

    private static void checkNoControls(FieldSpec field, String value) throws RecordRefused {
        // a CR or LF inside a field would split the record in two for the importing job
        if (value.chars().anyMatch(c -> c < ' ' || c == 0x7F)) {
            throw new RecordRefused("field " + field.name() + ": the value holds a control character (line break, tab)");
        }
    }

    private static byte[] padded(FieldSpec field, byte[] bytes, byte pad) throws RecordRefused {
        if (bytes.length > field.width()) {
            throw tooLong(field, bytes.length);
        }
        byte[] out = Arrays.copyOf(bytes, field.width());
        Arrays.fill(out, bytes.length, out.length, pad);
        return out;
    }

    private static RecordRefused tooLong(FieldSpec field, int bytes) {
        return new RecordRefused("field " + field.name() + ": " + bytes + " bytes do not fit its " + field.width()
                + " bytes (not truncated)");
    }
}
