package io.scan2ledger.legacyledger;

import io.scan2ledger.legacyledger.ledger.ShiftJis;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain-HTTP clerk: keeps the session cookie, posts forms in Shift_JIS the way a browser does
 * (characters outside Windows-31J as {@code &#NNNN;}), and remembers the last page's token.
 * Redirects are not followed, so tests can see them.
 */
final class LedgerClient {

    private final String baseUrl;
    private final HttpClient http;
    private String token;

    LedgerClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** GETs a path of the ledger, or an absolute URL (as in a Location header). */
    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl).resolve(path)).GET());
    }

    /** Posts the form with the token of the last page seen, as the browser would. */
    Page submit(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("hdnToken", token);
        return post(path, withToken);
    }

    /** Posts exactly these fields. */
    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(browserText(e.getValue()), ShiftJis.WINDOWS_31J))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows a redirect. */
    Page follow(Page redirect) {
        return get(redirect.location().orElseThrow(() -> new AssertionError("not a redirect: " + redirect.status())));
    }

    Page login(String user, String password) {
        get("/login.do");
        Page after = submit("/login.do", Map.of("txtUserId", user, "txtPassword", password));
        return after.status() == 302 ? follow(after) : after;
    }

    /** Login, input screen, 確認 with these values: the page that answers 確認. */
    Page confirm(String ledger, Map<String, String> values) {
        get("/" + ledger + "/input.do");
        return submit("/" + ledger + "/confirm.do", values);
    }

    /** 確認 then 登録: the page that answers 登録. */
    Page key(String ledger, Map<String, String> values) {
        Page confirm = confirm(ledger, values);
        if (confirm.status() != 200 || !confirm.screenId().endsWith("020")) {
            throw new AssertionError("confirmation refused: " + confirm.text("tdErrMsg"));
        }
        return submit("/" + ledger + "/register.do", Map.of());
    }

    Page search(String ledger, String uketsukeNo, String shimei) {
        get("/search.do");
        return submit("/search.do", Map.of("selDaicho", ledger, "txtUketsukeNo", uketsukeNo, "txtShimei", shimei));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            Page page = Page.of(http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
            if (page.token() != null) {
                token = page.token();
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a browser puts on the wire for a Shift_JIS form: unencodable characters as references. */
    private static String browserText(String value) {
        return new String(ShiftJis.encode(value), ShiftJis.WINDOWS_31J);
    }
}
