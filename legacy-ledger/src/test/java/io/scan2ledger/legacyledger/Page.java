package io.scan2ledger.legacyledger;

import io.scan2ledger.legacyledger.ledger.ShiftJis;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One response of the ledger as a test reads it: status, Shift_JIS body decoded, elements by id. */
record Page(int status, String contentType, Optional<String> location, byte[] bytes, String html) {

    private static final Pattern REFERENCE = Pattern.compile("&#(\\d+);");

    static Page of(HttpResponse<byte[]> response) {
        return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location"), response.body(),
                new String(response.body(), ShiftJis.WINDOWS_31J));
    }

    String screenId() {
        return text("spnGamenId");
    }

    String token() {
        return attribute("<input type=\"hidden\" name=\"hdnToken\" value=\"([^\"]*)\"");
    }

    /** The text inside the element with this id, tags stripped and references resolved. */
    String text(String id) {
        Matcher open = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!open.find()) {
            return null;
        }
        int end = html.indexOf("</" + open.group(1) + ">", open.end());
        return unescape(html.substring(open.end(), end).replaceAll("<[^>]+>", "").trim());
    }

    /** The value attribute of the text box with this name. */
    String value(String name) {
        return unescape(attribute("<input [^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\""));
    }

    boolean has(String id) {
        return html.contains("id=\"" + id + "\"");
    }

    private String attribute(String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        String named = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
        Matcher m = REFERENCE.matcher(named);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString().replace("&amp;", "&");
    }
}
