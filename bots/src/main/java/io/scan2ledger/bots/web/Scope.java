package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.LedgerRecord;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a record's expressions can name: the record's values by template field name, {@code key}
 * (the 受付番号), {@code documentId}, {@code target.user} / {@code target.password} /
 * {@code target.baseUrl} and the target's own variables ({@code target.server}), {@code ledgerRef}
 * (in verify steps: the entry being verified), and the variables that {@code readValue} steps set.
 * Names are checked when a definition is read and against its form's template at start-up.
 */
public final class Scope {

    public static final String KEY = "key";
    public static final String DOCUMENT_ID = "documentId";
    public static final String USER = "target.user";
    public static final String PASSWORD = "target.password";
    public static final String BASE_URL = "target.baseUrl";
    /** The prefix of the target's names: {@code target.user}, {@code target.server}. */
    public static final String TARGET = "target.";
    /** In verify steps: the ledger's reference of the entry being verified (台帳番号). */
    public static final String LEDGER_REF = "ledgerRef";

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
        scope.values.put(BASE_URL, target.baseUrl());
        target.vars().forEach((name, value) -> scope.values.put(TARGET + name, value));
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
