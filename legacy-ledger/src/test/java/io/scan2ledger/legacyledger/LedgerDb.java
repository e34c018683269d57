package io.scan2ledger.legacyledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the ledger's own database straight through its JDBC URL, as a test of the bots would. */
final class LedgerDb {

    private LedgerDb() {
    }

    static List<Map<String, Object>> query(LegacyLedger ledger, String sql, Object... args) {
        try (Connection c = DriverManager.getConnection(ledger.jdbcUrl(), "sa", "");
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, Object>> rows(LegacyLedger ledger, String table, String uketsukeNo) {
        return query(ledger, "SELECT * FROM " + table + " WHERE UKETSUKE_NO = ?", uketsukeNo);
    }

    static long count(LegacyLedger ledger, String table) {
        return ((Number) query(ledger, "SELECT COUNT(*) AS N FROM " + table).get(0).get("N")).longValue();
    }
}
