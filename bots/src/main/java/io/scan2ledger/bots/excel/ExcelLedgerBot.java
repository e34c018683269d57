package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Keys records into an Excel 台帳 (.xlsx): adds rows below the last data row, or updates the row
 * holding a record's key, keeping the workbook's styles, formulas, dropdowns and other sheets. The
 * workbook is saved only on {@link LedgerSession#commit()}, after a backup, by an atomic replace,
 * and never while someone else has it open or changed it during the run.
 */
public class ExcelLedgerBot implements LedgerBot {

    private static final Logger log = LoggerFactory.getLogger(ExcelLedgerBot.class);
    /** A save in progress takes seconds; a temp file older than this was left by a process that died. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final ExcelLedgerSettings settings;
    private final Clock clock;
    private final AtomicWriter writer;

    public ExcelLedgerBot(ExcelLedgerSettings settings) {
        this(settings, Clock.systemUTC(), new AtomicWriter());
    }

    /** With a clock for backup names and a writer whose stage hook tests use to simulate crashes. */
    public ExcelLedgerBot(ExcelLedgerSettings settings, Clock clock, AtomicWriter writer) {
        this.settings = settings;
        this.clock = clock;
        this.writer = writer;
    }

    @Override
    public String id() {
        return settings.botId();
    }

    @Override
    public LedgerSession open(RunContext context) throws LedgerUnavailable {
        WorkbookFile file = new WorkbookFile(settings.workbook(), settings.retryAfter());
        file.checkNotOpenElsewhere();
        byte[] bytes = file.read();
        if (!context.dryRun()) {
            AtomicWriter.sweepLeftovers(settings.workbook(), LEFTOVER_AGE);
        }
        XSSFWorkbook workbook;
        try {
            // From memory, not from the file: POI's file-backed package writes itself back on close.
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new LedgerUnavailable("workbook " + settings.workbook().getFileName() + " cannot be read as .xlsx",
                    settings.retryAfter(), e);
        }
        try {
            LedgerSheet sheet = LedgerSheet.open(workbook, settings.sheet(), settings.headerRowNumber() - 1,
                    settings.keyColumn(), settings.columnKinds(), settings.retryAfter());
            for (String title : settings.columns().values()) {
                sheet.columns().require(title);
            }
            LedgerNumbers numbers = new LedgerNumbers(sheet, settings.ledgerNumber());
            log.info("ledger.excel.opened bot={} run={} dryRun={}", id(), context.runId(), context.dryRun());
            return new ExcelLedgerSession(settings, context, file, sheet, numbers,
                    new WorkbookBackups(settings.workbook(), settings.keepBackups(), settings.zone(), writer), writer, clock);
        } catch (LedgerUnavailable e) {
            closeQuietly(workbook);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw new LedgerUnavailable("the ledger sheet's layout cannot be read (" + Redact.throwable(e) + ")",
                    settings.retryAfter(), e);
        }
    }

    static void closeQuietly(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // an in-memory workbook holds no file
        }
    }
}
