package io.scan2ledger.bots.excel;

import io.scan2ledger.ledger.LedgerUnavailable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ledger's column titles. Titles are matched loosely (full-width and half-width forms, spaces
 * and line breaks inside a header cell do not matter), since clerks retype and rewrap them.
 */
final class LedgerColumns {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Integer> byTitle = new HashMap<>();
    private final Map<Integer, String> titles = new HashMap<>();
    private final Set<String> repeated = new HashSet<>();
    private final Duration retryAfter;

    LedgerColumns(Row header, Duration retryAfter) {
        this.retryAfter = retryAfter;
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                titles.put(cell.getColumnIndex(), cell.getStringCellValue().strip());
                String title = normalize(cell.getStringCellValue());
                if (byTitle.putIfAbsent(title, cell.getColumnIndex()) != null) {
                    repeated.add(title);
                }
            }
        }
    }

    /** The column with this title; the ledger's layout is wrong for this bot if there is none or several. */
    int require(String title) throws LedgerUnavailable {
        String key = normalize(title);
        Integer column = byTitle.get(key);
        if (column == null || repeated.contains(key)) {
            throw new LedgerUnavailable("column " + title + (column == null ? " is not in" : " appears twice in")
                    + " the ledger's header row", retryAfter);
        }
        return column;
    }

    /** The column with this title, or -1. */
    int find(String title) {
        String key = normalize(title);
        return repeated.contains(key) ? -1 : byTitle.getOrDefault(key, -1);
    }

    /** The column's title as the header shows it (for reports), or its letter when it has none. */
    String titleOf(int column) {
        return titles.getOrDefault(column, org.apache.poi.ss.util.CellReference.convertNumToColString(column));
    }

    static String normalize(String title) {
        return SPACES.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).replaceAll("");
    }
}
