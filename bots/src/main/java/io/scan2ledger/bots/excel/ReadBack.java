package io.scan2ledger.bots.excel;

import io.scan2ledger.ledger.LedgerUnavailable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows this session wrote, checked in the saved file itself: the file is opened again from
 * disk, as the next run or a clerk would, each record's row is found by its key, and every column
 * the bot wrote must hold the record's value as converted for it (a date as a date, a number as a
 * number). That catches what the in-memory check cannot: a value POI wrote differently from how it
 * reads, a style lost on the way, a save that went wrong.
 */
final class ReadBack {

    /** A row written this session: the document, its key, and what each column was to hold. */
    record Written(long documentId, String key, RowPlan plan) {
    }

    private final ExcelLedgerSettings settings;
    private final List<Written> written = new ArrayList<>();

    ReadBack(ExcelLedgerSettings settings) {
        this.settings = settings;
    }

    void add(long documentId, String key, RowPlan plan) {
        written.add(new Written(documentId, key, plan));
    }

    List<Written> written() {
        return written;
    }

    /**
     * The column titles that differ, by document id; empty when every row reads back as written.
     *
     * @throws LedgerUnavailable when the file cannot be read as the ledger at all (nothing of it can be trusted)
     */
    Map<Long, List<String>> differences(Path saved) throws LedgerUnavailable {
        Map<Long, List<String>> differences = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(saved)))) {
            LedgerSheet sheet = LedgerSheet.open(workbook, settings.sheet(), settings.headerRowNumber() - 1,
                    settings.keyColumn(), settings.columnKinds(), settings.retryAfter());
            for (Written w : written) {
                int row = sheet.isRepeated(w.key()) ? -1 : sheet.rowOf(w.key());
                List<String> wrong = w.plan().differences(row < 0 ? null : sheet.row(row));
                if (!wrong.isEmpty()) {
                    differences.put(w.documentId(), wrong);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new LedgerUnavailable("the saved workbook cannot be read back as the ledger", settings.retryAfter(), e);
        }
        return differences;
    }
}
