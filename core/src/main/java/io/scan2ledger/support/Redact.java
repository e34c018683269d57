package io.scan2ledger.support;

import java.util.regex.Pattern;

/**
 * Makes exception text safe for logs. Messages from parsers and the file system often quote a
 * path (whose file name may be a resident's name) or a value; paths, non-ASCII text and long
 * digit runs (a My Number is 12 digits) are blanked out, the exception types are kept.
 */
public final class Redact {

    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z]:)?[/\\\\][^\\s,;:'\"()]*");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x20-\\x7E]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{6,}");

    private Redact() {
    }

    public static String text(String message) {
        if (message == null) {
            return "";
        }
        String s = PATH.matcher(message).replaceAll("<path>");
        s = NON_ASCII.matcher(s).replaceAll("…");
        s = DIGITS.matcher(s).replaceAll("<digits>");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The exception type and redacted message of the throwable and its causes. */
    public static String throwable(Throwable t) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable c = t; c != null && depth < 4; c = c.getCause(), depth++) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(c.getClass().getSimpleName());
            String m = text(c.getMessage());
            if (!m.isEmpty()) {
                out.append(": ").append(m);
            }
        }
        return out.toString();
    }
}
