package io.scan2ledger.app.review;

import io.scan2ledger.web.security.UserDirectory;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page: each role's start page, wrong passwords, the lock after repeated failures, session and CSRF. */
class SignInTest extends ReviewApp {

    @Test
    void eachRoleSignsInToItsStartPage() {
        Browser b = browser();
        b.signIn(CLERK, CLERK_PASSWORD);
        b.untilPath("/upload");
        assertThat(b.find("#current-user").getText()).isEqualTo("窓口 花子");
        assertThat(b.has("a[href='/admin/users']")).isFalse();

        b.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.untilPath("/review");
        assertThat(b.find("#current-user").getText()).isEqualTo("審査 太郎");
        assertThat(b.has("a[href='/admin/users']")).isFalse();

        b.signIn(ADMIN, ADMIN_PASSWORD);
        b.untilPath("/review");
        assertThat(b.has("a[href='/admin/users']")).isTrue();
        assertThat(b.has("a[href='/admin/templates']")).isTrue();

        b.find("#logout").click();
        b.untilPath("/login?logout");
        assertThat(b.find("#login-logout").isDisplayed()).isTrue();
        b.open("/review");
        assertThat(b.path()).isEqualTo("/login");
    }

    @Test
    void theLoginPageIsJapaneseWithAnEnglishSwitch() {
        Browser b = browser();
        b.signOut();
        b.open("/login");
        assertThat(b.find("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(b.find("label[for=username]").getText()).isEqualTo("利用者名");
        b.find("#lang-switch").click();
        b.until(d -> b.find("html").getAttribute("lang").equals("en"));
        assertThat(b.find("label[for=username]").getText()).isEqualTo("User name");
        b.open("/login?lang=ja");
        assertThat(b.find("#login-submit").getText()).isEqualTo("ログイン");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Browser b = browser();
        b.signIn(SUPERVISOR, "not-the-password");
        assertThat(b.path()).isEqualTo("/login?error");
        assertThat(b.find("#login-error").getText()).contains("パスワードが違います");
        assertThat(b.has("#current-user")).isFalse();
    }

    @Test
    void repeatedFailuresLockTheUserNameForAWhile() {
        users.createIfAbsent(new UserDirectory.UserSpec("lock-test", "lock-test-pw",
                List.of("CLERK"), List.of(), null));
        Browser b = browser();
        for (int i = 1; i <= 4; i++) {
            b.signIn("lock-test", "guess-" + i);
            assertThat(b.path()).as("failure %d", i).isEqualTo("/login?error");
        }
        b.signIn("lock-test", "guess-5");
        assertThat(b.path()).isEqualTo("/login?locked");
        assertThat(b.find("#login-locked").getText()).contains("5回").contains("15分間");

        // Locked means locked: the right password does not get through either.
        b.signIn("lock-test", "lock-test-pw");
        assertThat(b.path()).isEqualTo("/login?locked");
        assertThat(http.getJson("/api/documents", "lock-test", "lock-test-pw").status())
                .as("nor through the API's HTTP Basic").isEqualTo(429);
        String retryAfter = java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "lock-test:lock-test-pw".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).join().headers().firstValue("Retry-After").orElse("");
        assertThat(Long.parseLong(retryAfter)).as("Retry-After, seconds").isBetween(1L, 15 * 60L + 1);

        // Every failure is audited, the user name hashed, never written out.
        assertThat(audit.recent(50)).filteredOn(r -> r.entry().action().startsWith("LOGIN_"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(r.entry().detail()).doesNotContain("lock-test").contains("user="))
                .anySatisfy(r -> assertThat(r.entry().action()).isEqualTo("LOGIN_LOCKED"));

        // Only that user name is locked on this computer: a colleague still signs in.
        b.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.untilPath("/review");
    }

    /**
     * Thirty user names tried from one computer (another loopback address, so the rest of the suite
     * signing in from 127.0.0.1 is not held): after twenty failures the address is held, with
     * Retry-After, on the API and the login form alike; staff who signed in from there before are not.
     */
    @Test
    void manyUserNamesFromOneAddressAreHeldWithRetryAfter() {
        String office = "127.0.0.3";
        assertThat(http.from(office, "GET", "/api/documents", Map.of("Authorization",
                Http.basicAuth(SUPERVISOR, SUPERVISOR_PASSWORD)), null).status()).isEqualTo(200);
        for (int i = 1; i <= 30; i++) {
            Http.Raw answer = http.from(office, "GET", "/api/documents", Map.of("Authorization",
                    Http.basicAuth("spray-" + i, "Password1")), null);
            if (i <= 20) {
                assertThat(answer.status()).as("failure %d", i).isEqualTo(401);
            } else {
                assertThat(answer.status()).as("attempt %d", i).isEqualTo(429);
                assertThat(Long.parseLong(answer.headers().get("retry-after"))).as("Retry-After, seconds")
                        .isBetween(1L, 10 * 60L + 1);
                assertThat(answer.body()).contains("throttled");
            }
        }
        // The login form from there: sent back with the hold's message and Retry-After.
        Http.Raw page = http.from(office, "GET", "/login", Map.of(), null);
        String cookie = page.headers().get("set-cookie").split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        Http.Raw form = http.from(office, "POST", "/login", Map.of("Cookie", cookie,
                        "Content-Type", "application/x-www-form-urlencoded"),
                "username=spray-31&password=Password1&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(form.status()).isEqualTo(302);
        assertThat(form.headers().get("location")).endsWith("/login?throttled");
        assertThat(form.headers()).containsKey("retry-after");

        // A colleague who signed in from that computer before still gets in; other computers are not held.
        assertThat(http.from(office, "GET", "/api/documents", Map.of("Authorization",
                Http.basicAuth(SUPERVISOR, SUPERVISOR_PASSWORD)), null).status()).isEqualTo(200);
        assertThat(http.getJson("/api/documents", "spray-32", "Password1").status()).isEqualTo(401);

        assertThat(audit.recent(200)).filteredOn(r -> r.entry().action().equals("LOGIN_THROTTLED"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.entry().detail()).contains("address=" + office).contains("user=")
                        .doesNotContain("spray"));

        Browser b = browser();
        b.signOut();
        b.open("/login?throttled");
        assertThat(b.find("#login-throttled").getText()).contains("10分間");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        Browser b = browser();
        b.signOut();
        b.open("/login");
        String before = b.sessionId();
        assertThat(before).as("the login form's CSRF token lives in a session").isNotNull();
        b.find("#username").sendKeys(SUPERVISOR);
        b.find("#password").sendKeys(SUPERVISOR_PASSWORD);
        b.find("#login-submit").click();
        b.untilPath("/review");
        assertThat(b.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(http.withSession("GET", "/review", before, null).status())
                .as("the old session id is worth nothing").isEqualTo(302);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        var resident = Residents.next();
        long id = applications(Applications.needsALook(resident)).get(0);
        Browser b = supervisorOn(id);
        String token = b.csrfToken();

        Http.Answer forged = http.withSession("POST", "/review/" + id + "/reject", b.sessionId(), null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("NEEDS_REVIEW");

        confirmAll(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        Http.Answer real = http.withSession("POST", "/review/" + id + "/approve", b.sessionId(), token);
        assertThat(real.status()).isEqualTo(302);
        assertThat(state(id)).as("the same request with the token is taken").isEqualTo("APPROVED");
    }

    @Test
    void accessTakenAwayEndsAnOpenSessionAtOnce() {
        users.createIfAbsent(new UserDirectory.UserSpec("revoked", "revoked-pw", List.of("SUPERVISOR"), List.of(),
                null));
        Browser b = browser();
        b.signIn("revoked", "revoked-pw");
        b.untilPath("/review");

        // The admin takes the supervisor role away: the open session ends on its next request.
        users.update("revoked", java.util.Set.of(io.scan2ledger.access.Role.CLERK), false, List.of(), true);
        b.open("/review");
        assertThat(b.path()).isEqualTo("/login?ended");
        assertThat(b.find("#login-ended").getText()).contains("ログインし");

        // Signed in again as what they are now, then disabled: the session ends again, and the API refuses.
        b.signIn("revoked", "revoked-pw");
        b.untilPath("/upload");
        users.update("revoked", java.util.Set.of(io.scan2ledger.access.Role.CLERK), false, List.of(), false);
        b.open("/upload");
        assertThat(b.path()).isEqualTo("/login?ended");
        assertThat(http.getJson("/api/documents", "revoked", "revoked-pw").status()).isEqualTo(401);
    }
}
