package io.scan2ledger.app;

import io.scan2ledger.bots.excel.ColumnKind;
import io.scan2ledger.bots.excel.ExcelLedgerSettings;
import io.scan2ledger.bots.fixedwidth.FieldKind;
import io.scan2ledger.bots.fixedwidth.LineTerminator;
import io.scan2ledger.support.FileMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code scan2ledger.bots.*} and {@code scan2ledger.metering.*}: which bots key which ledgers.
 *
 * @param web          web ledgers: each names a definition in bots/ledgers/&lt;id&gt;.yaml (or in
 *                     {@code definitions}); the target's URL and credentials come from the
 *                     environment (LEDGER_URL, LEDGER_USER, LEDGER_PASSWORD), never from files
 * @param definitions  a folder of web bot definitions to use instead of the bundled ones
 * @param chromedriver the system ChromeDriver (never downloaded)
 * @param chromium     the Chromium binary
 * @param excel        Excel 台帳 bots
 * @param fixedWidth   fixed-width export bots for mainframe batch imports
 * @param minutesPerForm minutes a clerk spends keying one document of each form by hand (effect metering)
 * @param fileMode     octal mode of the workbooks, backups and export files the bots write
 *                     ({@code 0600} when unset; e.g. {@code 0660} for a share a clerks' group
 *                     opens); folders the bots create get the matching mode ({@code 0700}, {@code 0770})
 */
@ConfigurationProperties("scan2ledger.bots")
public record BotsProperties(List<WebBot> web, Path definitions, Path chromedriver, Path chromium,
                             List<ExcelBot> excel, List<FixedWidthBot> fixedWidth, Map<String, Double> minutesPerForm,
                             String fileMode) {

    public BotsProperties {
        web = web == null ? List.of() : web;
        excel = excel == null ? List.of() : excel;
        fixedWidth = fixedWidth == null ? List.of() : fixedWidth;
        chromedriver = chromedriver == null ? Path.of("/usr/bin/chromedriver") : chromedriver;
        chromium = chromium == null ? Path.of("/usr/bin/chromium") : chromium;
        minutesPerForm = minutesPerForm == null ? Map.of() : minutesPerForm;
        FileMode.parse(fileMode);   // a wrong mode stops the start, not the first night's save
    }

    public FileMode files() {
        return FileMode.parse(fileMode);
    }

    /** @param id the definition's id (its file name) */
    public record WebBot(String id) {
    }

    /**
     * @param workbook  the 台帳 (relative to scan2ledger.home, or absolute: a file share)
     * @param headerRow the row of column titles, counted from 1 as Excel shows it
     * @param columns   record value name (template field) → column title
     * @param columnKinds column title → DATE, NUMBER or TEXT, for columns whose cells' number
     *                  format does not say it (it wins over the format and over existing values)
     */
    public record ExcelBot(String id, String form, Path workbook, String sheet, int headerRow, String keyColumn,
                           Map<String, String> columns, ExcelLedgerSettings.Mode mode, String ledgerNumberColumn,
                           String ledgerNumberPrefix, Integer ledgerNumberDigits, Duration retryAfter,
                           Map<String, ColumnKind> columnKinds) {
    }

    /**
     * @param outputDir       where export files are written (relative to scan2ledger.home, or absolute)
     * @param fileNamePattern {@code <runId>} and date patterns such as {@code <yyyyMMdd>}
     */
    public record FixedWidthBot(String id, String form, Path outputDir, String fileNamePattern,
                                LineTerminator lineTerminator, Layout layout) {
    }

    public record Layout(String id, int recordLength, String datePattern, List<Field> header, List<Field> data,
                         List<Field> trailer, String hashTotalField) {
    }

    public record Field(String name, int width, FieldKind kind) {
    }
}
