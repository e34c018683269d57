package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.RecordRefused;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A record value converted to what its column holds: real dates and numbers where the ledger
 * has them, so that totals, filters and sorting keep working. Converting happens before any cell is
 * touched, so a refused record leaves the sheet as it was.
 */
sealed interface CellInput {

    /** Excel keeps 15 significant digits; more would be silently rounded. */
    int EXCEL_DIGITS = 15;
    int EXCEL_TEXT_LIMIT = 32_767;
    List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"));
    Pattern NUMBER_NOISE = Pattern.compile("[,¥\\s]");
    Pattern LEADING_ZERO = Pattern.compile("-?0\\d+");

    void writeTo(Cell cell);

    /** Whether the cell already holds this value (an UPSERT that changes nothing is not a change). */
    boolean isIn(Cell cell);

    record Text(String value) implements CellInput {
        public void writeTo(Cell cell) {
            cell.setCellValue(value);
        }

        public boolean isIn(Cell cell) {
            return cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value);
        }
    }

    record Numeric(double value) implements CellInput {
        public void writeTo(Cell cell) {
            cell.setCellValue(value);
        }

        public boolean isIn(Cell cell) {
            return cell != null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value;
        }
    }

    record Date(LocalDate value) implements CellInput {
        public void writeTo(Cell cell) {
            cell.setCellValue(value);
        }

        public boolean isIn(Cell cell) {
            return cell != null && cell.getCellType() == CellType.NUMERIC
                    && DateUtil.isCellDateFormatted(cell) && value.equals(cell.getLocalDateTimeCellValue().toLocalDate());
        }
    }

    record Blank() implements CellInput {
        public void writeTo(Cell cell) {
            cell.setBlank();
        }

        public boolean isIn(Cell cell) {
            return cell == null || cell.getCellType() == CellType.BLANK
                    || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
        }
    }

    /** Converts {@code raw} for a column of {@code kind}; {@code column} names the column in the reason. */
    static CellInput of(ColumnKind kind, String column, String raw) throws RecordRefused {
        if (raw == null || raw.isBlank()) {
            return new Blank();
        }
        return switch (kind) {
            case TEXT -> text(column, raw);
            case NUMBER -> number(column, raw);
            case DATE -> date(column, raw);
        };
    }

    private static CellInput text(String column, String raw) throws RecordRefused {
        if (raw.length() > EXCEL_TEXT_LIMIT) {
            throw new RecordRefused("column " + column + ": text longer than Excel's cell limit");
        }
        return new Text(raw);
    }

    private static CellInput number(String column, String raw) throws RecordRefused {
        String plain = NUMBER_NOISE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
        if (LEADING_ZERO.matcher(plain).matches()) {
            // A code (口座番号 0012345) would lose its zeros as a number: refused, never shortened.
            throw new RecordRefused("column " + column + " holds numbers; the value has leading zeros a number"
                    + " would drop (declare the column TEXT)");
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.stripTrailingZeros().precision() > EXCEL_DIGITS) {
                throw new RecordRefused("column " + column + ": more digits than Excel keeps");
            }
            return new Numeric(value.doubleValue());
        } catch (NumberFormatException e) {
            throw new RecordRefused("column " + column + " holds numbers; the value is not a number");
        }
    }

    private static CellInput date(String column, String raw) throws RecordRefused {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return new Date(LocalDate.parse(raw.strip(), format));
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        throw new RecordRefused("column " + column + " holds dates; the value is not a date (yyyy-MM-dd)");
    }
}
