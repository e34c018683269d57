package io.scan2ledger.bots.web;

import java.util.Map;

/**
 * A definition's target with its placeholders resolved: where to log in, as whom, and the named
 * variables ({@code target.vars}: a server, a database, a tenant) its steps may use as {@code ${target.NAME}}.
 */
public record LedgerTarget(String baseUrl, String user, String password, Map<String, String> vars) {

    public LedgerTarget {
        vars = Map.copyOf(vars);
    }

    public LedgerTarget(String baseUrl, String user, String password) {
        this(baseUrl, user, password, Map.of());
    }

    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Never shows the password, nor the variables (a tenant or server name may be confidential). */
    @Override
    public String toString() {
        return "LedgerTarget[" + baseUrl + ", user=" + user + ", vars=" + vars.keySet() + "]";
    }
}
