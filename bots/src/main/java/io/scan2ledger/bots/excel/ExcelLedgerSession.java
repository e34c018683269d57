package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.KeyHash;
import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One run's changes to the workbook, held in memory until {@link #commit()}. Every record's values
 * are converted before any cell is touched, so a refused record leaves no trace; an unexpected
 * error halfway through a row marks the session broken, and a broken session saves nothing.
 *
 * <p>Keyed means verified, twice: a written row must hold the record's values in memory at once
 * (else the session is broken: that record is a VERIFY_MISMATCH and nothing is saved), and the
 * saved file is opened again from disk before it replaces the ledger. A row that reads back
 * differently makes its record a VERIFY_MISMATCH and the ledger is not replaced at all: the other
 * records of the run are then reported not written (retryable), since none of them reached the
 * ledger. The staged file is read rather than the ledger after the rename because the rename moves
 * the very same bytes, and a ledger found wrong after the swap would already hold the wrong row.
 */
final class ExcelLedgerSession implements LedgerSession {

    private static final Logger log = LoggerFactory.getLogger(ExcelLedgerSession.class);
    /** A key written as a number must read back as the same text, or it would not be found next run. */
    /** A note names at most this many rows, so that a run report stays readable on an old ledger. */
    private static final int MAX_ROWS_NAMED = 30;
    private static final Pattern PLAIN_INTEGER = Pattern.compile("0|-?[1-9]\\d{0,14}");

    private final ExcelLedgerSettings settings;
    private final RunContext run;
    private final WorkbookFile file;
    private final LedgerSheet sheet;
    private final LedgerNumbers numbers;
    private final WorkbookBackups backups;
    private final AtomicWriter writer;
    private final Clock clock;
    private final ReadBack readBack;
    private final DateStyles dates;
    private final Map<Long, KeyingOutcome> verified = new HashMap<>();
    private boolean changed;
    private boolean broken;
    private boolean committed;

    ExcelLedgerSession(ExcelLedgerSettings settings, RunContext run, WorkbookFile file, LedgerSheet sheet,
                       LedgerNumbers numbers, WorkbookBackups backups, AtomicWriter writer, Clock clock) {
        this.settings = settings;
        this.run = run;
        this.file = file;
        this.sheet = sheet;
        this.numbers = numbers;
        this.backups = backups;
        this.writer = writer;
        this.clock = clock;
        this.readBack = new ReadBack(settings);
        this.dates = new DateStyles(sheet.workbook());
    }

    @Override
    public KeyingOutcome key(LedgerRecord record) {
        if (committed) {
            throw new IllegalStateException("session already committed");
        }
        try {
            if (record.key() == null || record.key().isBlank()) {
                throw new RecordRefused("the record has no key");
            }
            if (sheet.isRepeated(record.key())) {
                throw new RecordRefused("the key appears in more than one row of the ledger; a clerk must resolve it");
            }
            RowPlan plan = plan(record);
            int row = sheet.rowOf(record.key());
            return row >= 0 ? existing(record, plan, row) : appended(record, plan);
        } catch (RecordRefused refused) {
            log.info("ledger.excel.refused bot={} run={} document={} key={} reason={}", settings.botId(), run.runId(),
                    record.documentId(), KeyHash.of(record.key()), refused.getMessage());
            return refused.outcome();
        } catch (RuntimeException e) {
            broken = true;
            log.warn("ledger.excel.row-failed bot={} run={} document={} key={} error={}", settings.botId(), run.runId(),
                    record.documentId(), KeyHash.of(record.key()), Redact.throwable(e));
            return new KeyingOutcome.Failed("the ledger row could not be written (" + Redact.throwable(e)
                    + "); this run saves nothing", List.of(), true);
        }
    }

    private RowPlan plan(LedgerRecord record) throws RecordRefused {
        RowPlan plan = new RowPlan();
        plan.place(sheet.keyColumn(), settings.keyColumn(), keyInput(record.key()));
        for (Map.Entry<String, String> value : record.values().entrySet()) {
            String title = settings.columnFor(value.getKey());
            int column = sheet.columns().find(title);
            if (column < 0 && settings.columns().containsKey(value.getKey())) {
                // Configured for a column the workbook does not have: the 台帳 was changed by hand.
                throw new RecordRefused("value " + value.getKey() + " has no column in the ledger");
            }
            if (column < 0) {
                // A record carries every field of its form; the 台帳 keeps only the columns it has.
                continue;
            }
            if (sheet.isFormulaColumn(column)) {
                throw new RecordRefused("column " + title + " is computed by a formula in the ledger");
            }
            if (!plan.place(column, title, CellInput.of(sheet.kindOf(column), title, value.getValue()))) {
                throw new RecordRefused("value " + value.getKey() + " goes to column " + title + ", which is filled already");
            }
        }
        return plan;
    }

    private CellInput keyInput(String key) {
        String text = key.strip();
        boolean asNumber = sheet.kindOf(sheet.keyColumn()) == ColumnKind.NUMBER && PLAIN_INTEGER.matcher(text).matches();
        return asNumber ? new CellInput.Numeric(Long.parseLong(text)) : new CellInput.Text(text);
    }

    /**
     * The key is in the ledger already. Equal values: linked, nothing written. Different values:
     * UPSERT updates the row; APPEND never overwrites, so the ledger holds another record under
     * this key (a re-used 受付番号, or a clerk's correction) and a person has to look.
     */
    private KeyingOutcome existing(LedgerRecord record, RowPlan plan, int row) {
        String ref = numbers.refOf(row);
        List<String> differences = plan.differences(sheet.row(row));
        if (differences.isEmpty()) {
            log.info("ledger.excel.present bot={} run={} document={} key={} row={}", settings.botId(), run.runId(),
                    record.documentId(), KeyHash.of(record.key()), row + 1);
            return new KeyingOutcome.AlreadyPresent(ref);
        }
        if (settings.mode() == ExcelLedgerSettings.Mode.APPEND) {
            log.info("ledger.excel.key-conflict bot={} run={} document={} key={} row={} columns={}", settings.botId(),
                    run.runId(), record.documentId(), KeyHash.of(record.key()), row + 1, differences.size());
            return KeyingOutcome.Failed.keyConflict(ref, differences, List.of());
        }
        plan.writeTo(sheet.row(row), sheet.template(), sheet, dates);
        return done("updated", record, row, plan, ref);
    }

    private KeyingOutcome appended(LedgerRecord record, RowPlan plan) throws RecordRefused {
        int row = sheet.nextRow();
        String number = null;
        if (numbers.fillsColumn() && !plan.fills(numbers.column())) {
            number = numbers.proposed(row);
            String title = settings.ledgerNumber().column();
            plan.place(numbers.column(), title, CellInput.of(sheet.kindOf(numbers.column()), title, number));
        }
        sheet.append();
        plan.writeTo(sheet.row(row), null, sheet, dates);
        sheet.keyed(record.key(), row);
        if (number != null) {
            numbers.taken(number);
        }
        return done("appended", record, row, plan, numbers.refOf(row));
    }

    private KeyingOutcome done(String action, LedgerRecord record, int row, RowPlan plan, String ref) {
        changed = true;
        List<String> wrong = plan.differences(sheet.row(row));
        if (!wrong.isEmpty()) {
            // The row in memory is not the record: saving would put it in the ledger as it is.
            broken = true;
            log.warn("ledger.excel.verify-mismatch bot={} run={} document={} key={} row={} columns={} where=memory",
                    settings.botId(), run.runId(), record.documentId(), KeyHash.of(record.key()), row + 1, wrong.size());
            return KeyingOutcome.Failed.verifyMismatch(wrong, List.of());
        }
        readBack.add(record.documentId(), record.key(), plan);
        log.info("ledger.excel.{} bot={} run={} document={} key={} row={} dryRun={}", action, settings.botId(), run.runId(),
                record.documentId(), KeyHash.of(record.key()), row + 1, run.dryRun());
        if (run.dryRun()) {
            return new KeyingOutcome.WouldKey("would be " + action + ": sheet " + sheet.name() + " row " + (row + 1)
                    + ", " + plan.size() + " columns");
        }
        return new KeyingOutcome.Keyed(ref);
    }

    @Override
    public void commit() throws LedgerUnavailable {
        if (broken) {
            throw new LedgerUnavailable("a ledger row failed halfway; the workbook was not saved", settings.retryAfter());
        }
        committed = true;
        if (run.dryRun() || !changed) {
            log.info("ledger.excel.commit bot={} run={} saved=false dryRun={}", settings.botId(), run.runId(), run.dryRun());
            return;
        }
        file.checkNotOpenElsewhere();
        file.checkUnchanged();
        int unevaluated = recalculate(sheet.workbook());
        try (AtomicWriter.Staged staged = writer.stage(file.path(), sheet.workbook()::write)) {
            if (!readsBackAsWritten(staged)) {
                return;
            }
            backups.save(file.original(), run.runId(), clock.instant());
            // checked again right before the swap, to keep the window for a clerk's save small
            file.checkNotOpenElsewhere();
            file.checkUnchanged();
            staged.replaceTarget();
        } catch (IOException | RuntimeException e) {
            throw new LedgerUnavailable("the workbook could not be saved (" + Redact.throwable(e) + "); it is unchanged",
                    settings.retryAfter(), e);
        }
        log.info("ledger.excel.commit bot={} run={} saved=true unevaluatedFormulas={}", settings.botId(), run.runId(),
                unevaluated);
    }

    /**
     * Opens the staged file again and checks every row written; on a difference, fills
     * {@link #verified} and returns false, so the ledger is not replaced.
     */
    private boolean readsBackAsWritten(AtomicWriter.Staged staged) throws LedgerUnavailable {
        Map<Long, List<String>> differences = readBack.differences(staged.file());
        if (differences.isEmpty()) {
            return true;
        }
        for (ReadBack.Written w : readBack.written()) {
            List<String> wrong = differences.get(w.documentId());
            verified.put(w.documentId(), wrong != null ? KeyingOutcome.Failed.verifyMismatch(wrong, List.of())
                    : new KeyingOutcome.Failed("保存せず: 同じ実行の別の行が読み戻しで一致しませんでした / not saved: another"
                    + " row of this run read back differently, so the workbook was left unchanged", List.of(), true));
        }
        log.warn("ledger.excel.verify-mismatch bot={} run={} records={} where=saved-file saved=false", settings.botId(),
                run.runId(), differences.size());
        return false;
    }

    /**
     * Rows holding another kind of value than their column declares (text dates written before
     * the declaration was followed, or typed by hand), one note per column. The bot writes new
     * values as declared and leaves those rows to a clerk: retyping a ledger's old rows
     * unasked is not its job.
     */
    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        sheet.untypedRows().forEach((column, rows) -> {
            ColumnKind kind = sheet.kindOf(column);
            String shown = rows.stream().limit(MAX_ROWS_NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                    + (rows.size() > MAX_ROWS_NAMED ? " … (+" + (rows.size() - MAX_ROWS_NAMED) + ")" : "");
            notes.add("列 " + sheet.columns().titleOf(column) + " は " + kind + " 型と宣言されていますが、行 " + shown
                    + " は別の型で入っています（変更していません） / column " + sheet.columns().titleOf(column)
                    + " is declared " + kind + ", but rows " + shown + " hold another type (left as they are)");
        });
        return notes;
    }

    @Override
    public Map<Long, KeyingOutcome> verified() {
        return Map.copyOf(verified);
    }

    /**
     * Stores fresh results in every formula cell, so that readers that do not calculate (previews,
     * other tools, this bot's next run) see right totals, and asks Excel to recalculate on load
     * anyway. A formula POI cannot evaluate keeps its old result; Excel fixes it on load.
     */
    private static int recalculate(XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int failures = 0;
        for (Sheet s : workbook) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        try {
                            evaluator.evaluateFormulaCell(c);
                        } catch (RuntimeException e) {
                            failures++;
                        }
                    }
                }
            }
        }
        workbook.setForceFormulaRecalculation(true);
        return failures;
    }

    @Override
    public void close() {
        committed = true;
        ExcelLedgerBot.closeQuietly(sheet.workbook());
    }
}
