package io.scan2ledger.legacyledger.store;

import io.scan2ledger.legacyledger.ledger.Entry;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledgers' own tables: one row per registration, keyed by 台帳番号, unique by 受付番号. */
public final class LedgerStore {

    private static final int SEARCH_LIMIT = 100;
    /** Dates as LocalDate, timestamps as LocalDateTime. */
    private static final ColumnMapRowMapper ROW = new ColumnMapRowMapper() {
        @Override
        protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
            Object value = rs.getObject(index);
            if (value instanceof Date date) {
                return date.toLocalDate();
            }
            return value instanceof Timestamp ts ? ts.toLocalDateTime() : value;
        }
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public LedgerStore(DataSource dataSource, TransactionTemplate transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = transactions;
        this.clock = clock;
        new ResourceDatabasePopulator(new ClassPathResource("io/scan2ledger/legacyledger/schema.sql"))
                .execute(dataSource);
    }

    /**
     * Stores the entry under the next 台帳番号. {@code beforeCommit} runs inside the transaction,
     * after the insert: if it throws, nothing is stored.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the 受付番号 is already registered
     */
    public String register(LedgerForm form, Entry entry, String user, Runnable beforeCommit) {
        return transactions.execute(status -> {
            long serial = jdbc.queryForObject("SELECT NEXT VALUE FOR " + form.sequence(), Long.class);
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
            String number = "%s-%d-%06d".formatted(form.code(), now.getYear(), serial);
            List<String> columns = new ArrayList<>(List.of("DAICHO_NO"));
            columns.addAll(entry.columns().keySet());
            columns.addAll(List.of("TOROKU_USER", "TOROKU_NICHIJI"));
            List<Object> values = new ArrayList<>(List.of(number));
            values.addAll(entry.columns().values());
            values.addAll(List.of(user, now));
            jdbc.update("INSERT INTO " + form.table() + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")", values.toArray());
            beforeCommit.run();
            return number;
        });
    }

    /** The 台帳番号 already given to this 受付番号, if any. */
    public Optional<String> numberOf(LedgerForm form, String receptionNo) {
        return jdbc.queryForList("SELECT DAICHO_NO FROM " + form.table() + " WHERE UKETSUKE_NO = ?",
                String.class, receptionNo).stream().findFirst();
    }

    /** By exact 受付番号 and/or part of the applicant's name (both given: both must match). */
    public List<SearchHit> search(LedgerForm form, String receptionNo, String name) {
        StringBuilder sql = new StringBuilder("SELECT DAICHO_NO, UKETSUKE_NO, SHIMEI, TOROKU_NICHIJI FROM ")
                .append(form.table()).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!receptionNo.isEmpty()) {
            sql.append(" AND UKETSUKE_NO = ?");
            args.add(receptionNo);
        }
        if (!name.isEmpty()) {
            sql.append(" AND SHIMEI LIKE ? ESCAPE '\\'");
            args.add("%" + name.replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        sql.append(" ORDER BY DAICHO_NO LIMIT ").append(SEARCH_LIMIT);
        return jdbc.query(sql.toString(), (rs, i) -> new SearchHit(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toLocalDateTime()), args.toArray());
    }

    /** Every row as stored, column name to value (dates as LocalDate, timestamps as LocalDateTime). */
    public List<Map<String, Object>> records(LedgerForm form) {
        return jdbc.query("SELECT * FROM " + form.table() + " ORDER BY DAICHO_NO", ROW);
    }

    /** The row of one 台帳番号, as {@link #records} gives it. */
    public Optional<Map<String, Object>> record(LedgerForm form, String daichoNo) {
        return jdbc.query("SELECT * FROM " + form.table() + " WHERE DAICHO_NO = ?", ROW, daichoNo).stream().findFirst();
    }

    /** Empties both ledgers and restarts their numbering. */
    public void clear() {
        transactions.executeWithoutResult(status -> Ledgers.all().forEach(form -> {
            jdbc.update("DELETE FROM " + form.table());
            jdbc.execute("ALTER SEQUENCE " + form.sequence() + " RESTART WITH 1");
        }));
    }
}
