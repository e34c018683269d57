package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.LedgerRecord;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a record's expressions can name: the record's values by template field name, {@code key}
 * (the 受付番号), {@code documentId}, {@code target.user} / {@code target.password}, and the
 * variables that {@code readValue} steps set. A name that is not there reads as empty.
 */
public final class Scope {

    public static final String KEY = "key";
    public static final String DOCUMENT_ID = "documentId";
    public static final String USER = "target.user";
    public static final String PASSWORD = "target.password";

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Map<String, String>> codes;

    private Scope(Map<String, Map<String, String>> codes) {
        this.codes = codes;
    }

    static Scope of(LedgerRecord record, LedgerTarget target, Map<String, Map<String, String>> codes) {
        Scope scope = forSession(target, codes);
        scope.values.putAll(record.values());
        scope.values.put(KEY, record.key() == null ? "" : record.key());
        scope.values.putIfAbsent(DOCUMENT_ID, Long.toString(record.documentId()));
        return scope;
    }

    /** For login and logout: the target's credentials only. */
    static Scope forSession(LedgerTarget target, Map<String, Map<String, String>> codes) {
        Scope scope = new Scope(codes);
        scope.values.put(USER, target.user());
        scope.values.put(PASSWORD, target.password());
        return scope;
    }

    String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    /** How many of the names matching {@code children[*].name} hold a value. */
    int filled(String pattern) {
        Pattern names = Pattern.compile(Pattern.quote(pattern).replace("[*]", "\\E\\[\\d+\\]\\Q"));
        return (int) values.entrySet().stream()
                .filter(e -> names.matcher(e.getKey()).matches() && e.getValue() != null && !e.getValue().isBlank())
                .count();
    }

    void set(String variable, String value) {
        values.put(variable, value);
    }

    Map<String, String> codes(String table) {
        Map<String, String> t = codes.get(table);
        if (t == null) { // checked when the definition is read
            throw new IllegalStateException("no code table " + table);
        }
        return t;
    }
}
