package io.scan2ledger.bots.excel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Excel 台帳 and how records go into it.
 *
 * @param botId           the bot's id in configuration and on keying records
 * @param workbook        the .xlsx file (often on a network share)
 * @param sheet           the ledger sheet's name
 * @param headerRowNumber the row of column titles, numbered as Excel shows it (1 = first row);
 *                        title rows above it are left alone
 * @param keyColumn       title of the column that holds {@code LedgerRecord.key()} (e.g. 受付番号)
 * @param columns         record value name to column title; a value whose name is itself a column
 *                        title needs no entry
 * @param mode            what to do when the key is already in the ledger
 * @param ledgerNumber    the 台帳番号 column and how new numbers are made; null: the ledger has
 *                        none and a row is referred to as {@code <sheet>-<row number>}
 * @param retryAfter      when to retry while the workbook is open elsewhere (null: 10 minutes)
 * @param keepBackups     how many backups to keep in {@code backup/} beside the workbook (0 or less: 30)
 * @param zone            the office's time zone, for backup file names (null: Asia/Tokyo)
 * @param columnKinds     column title to what it holds (dates, numbers, text), declared where the
 *                        workbook's own number formats do not say it; wins over the formats
 */
public record ExcelLedgerSettings(String botId, Path workbook, String sheet, int headerRowNumber, String keyColumn,
                                  Map<String, String> columns, Mode mode, LedgerNumbering ledgerNumber,
                                  Duration retryAfter, int keepBackups, ZoneId zone,
                                  Map<String, ColumnKind> columnKinds) {

    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(10);
    public static final int DEFAULT_KEEP_BACKUPS = 30;

    public ExcelLedgerSettings {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(keyColumn, "keyColumn");
        if (headerRowNumber < 1) {
            throw new IllegalArgumentException("headerRowNumber counts from 1, as Excel shows rows");
        }
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns == null ? Map.of() : columns));
        mode = mode == null ? Mode.APPEND : mode;
        retryAfter = retryAfter == null ? DEFAULT_RETRY_AFTER : retryAfter;
        keepBackups = keepBackups <= 0 ? DEFAULT_KEEP_BACKUPS : keepBackups;
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
        columnKinds = Map.copyOf(columnKinds == null ? Map.of() : columnKinds);
    }

    /** With no column kinds declared in configuration: the workbook's number formats decide. */
    public ExcelLedgerSettings(String botId, Path workbook, String sheet, int headerRowNumber, String keyColumn,
                               Map<String, String> columns, Mode mode, LedgerNumbering ledgerNumber,
                               Duration retryAfter, int keepBackups, ZoneId zone) {
        this(botId, workbook, sheet, headerRowNumber, keyColumn, columns, mode, ledgerNumber, retryAfter, keepBackups,
                zone, Map.of());
    }

    /** The same ledger, with these column kinds declared. */
    public ExcelLedgerSettings withColumnKinds(Map<String, ColumnKind> kinds) {
        return new ExcelLedgerSettings(botId, workbook, sheet, headerRowNumber, keyColumn, columns, mode, ledgerNumber,
                retryAfter, keepBackups, zone, kinds);
    }

    /** The column title a record value goes to. */
    String columnFor(String valueName) {
        return columns.getOrDefault(valueName, valueName);
    }

    public enum Mode {
        /** Add a row after the last data row; a key already present is linked, never changed. */
        APPEND,
        /** Update the row that holds the key, else add one. */
        UPSERT
    }

    /**
     * @param column title of the 台帳番号 column
     * @param prefix when set, new rows get {@code prefix} + the next sequence number after the
     *               highest one in the column; when null, {@code <sheet>-<row number>}
     * @param digits the sequence number is zero-padded to this many digits (0: no padding)
     */
    public record LedgerNumbering(String column, String prefix, int digits) {
        public LedgerNumbering {
            Objects.requireNonNull(column, "column");
        }
    }
}
