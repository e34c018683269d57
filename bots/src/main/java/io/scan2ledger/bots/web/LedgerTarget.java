package io.scan2ledger.bots.web;

/** A definition's target with its placeholders resolved: where to log in, and as whom. */
public record LedgerTarget(String baseUrl, String user, String password) {

    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "LedgerTarget[" + baseUrl + ", user=" + user + "]";
    }
}
