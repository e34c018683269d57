package io.scan2ledger.app.review;

import io.scan2ledger.app.TestScans;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.web.security.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every role, for the JSON API (HTTP Basic) and the pages (a signed-in
 * session with its CSRF token): anonymous, clerk, supervisor, admin (the role alone: the demo's
 * admin also reviews) and a supervisor granted the DV right. One dynamic test per cell. A cell is "allowed" when
 * the request got past security, whatever the business answer (200, 302, 400, 409...); denied
 * cells must give exactly 401 (API, anonymous), a redirect to the login page (pages, anonymous),
 * 403 (wrong role, or a page POST without its CSRF token) or 404 (a DV-protected document for
 * anyone without the right: not even its existence is revealed).
 */
class SecurityMatrixTest extends ReviewApp {

    enum Who { ANONYMOUS, CLERK, SUPERVISOR, ADMIN, DV_SUPERVISOR }

    /** ABSENT: let through, and what was asked for is not there (404 from the application, not from security). */
    enum Expect { ALLOWED, ABSENT, UNAUTHORIZED, LOGIN, FORBIDDEN, HIDDEN }

    static final String DV_USER = "dv-supervisor";
    static final String DV_PASSWORD = "dv-supervisor-pw";
    static final String ADMIN_ONLY = "matrix-admin";
    static final String ADMIN_ONLY_PASSWORD = "matrix-admin-pw";
    static final List<Who> STAFF = List.of(Who.CLERK, Who.SUPERVISOR, Who.ADMIN, Who.DV_SUPERVISOR);

    @Autowired
    DocumentRepository documents;

    long open;        // a scan a clerk uploaded at the counter: every staff member may see it
    long application; // an online application in review: supervisors see it, the counter clerk does not
    long protectedDoc;   // a DV-protected resident's application
    String residentName;
    final Map<Who, Session> sessions = new EnumMap<>(Who.class);

    @BeforeAll
    void documentsAndSessions() {
        users.createIfAbsent(new UserDirectory.UserSpec(DV_USER, DV_PASSWORD, List.of("SUPERVISOR", "DV"), List.of(),
                "支援 担当"));
        users.createIfAbsent(new UserDirectory.UserSpec(ADMIN_ONLY, ADMIN_ONLY_PASSWORD, List.of("ADMIN"), List.of(),
                "管理 専任"));
        String name = "matrix-" + UUID.randomUUID() + ".pdf";
        open = api.upload(CLERK, CLERK_PASSWORD, name, TestScans.pdf(name), "madoguchi").body().path("id").asLong();
        application = Applications.drop(HOME, api, List.of(Applications.needsALook(Residents.next()))).get(0);
        Residents.Resident resident = Residents.next();
        residentName = resident.name();
        protectedDoc = Applications.drop(HOME, api, List.of(Applications.needsALook(resident))).get(0);
        documents.setDvProtected(protectedDoc, true);
        for (Who who : STAFF) {
            sessions.put(who, Session.signIn(port, user(who), password(who)));
        }
    }

    /** One request and what each role must get. */
    record Cell(String method, String path, String body, Map<Who, Expect> expect) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> theApi() {
        List<Cell> cells = new ArrayList<>();
        cells.add(api("GET", "/api/documents", null, anyStaff()));
        cells.add(api("GET", "/api/documents/" + open, null, anyStaff()));
        cells.add(api("GET", "/api/documents/" + application, null, staffBut(Who.CLERK, Expect.HIDDEN)));
        cells.add(api("GET", "/api/documents/" + protectedDoc, null, only(Expect.HIDDEN, Who.DV_SUPERVISOR)));
        cells.add(api("POST", "/api/documents/" + application + "/fields/phone", "{\"value\":\"03-1234-5678\"}",
                supervisors(Expect.FORBIDDEN)));
        cells.add(api("POST", "/api/documents/" + protectedDoc + "/fields/phone", "{\"value\":\"03-1234-5678\"}",
                with(supervisors(Expect.FORBIDDEN), Who.SUPERVISOR, Expect.HIDDEN)));
        cells.add(api("POST", "/api/documents/" + open + "/approve", "{}", supervisors(Expect.FORBIDDEN)));
        cells.add(api("POST", "/api/documents/" + open + "/fields/phone/confirm", "{}", supervisors(Expect.FORBIDDEN)));
        cells.add(api("POST", "/api/documents/" + protectedDoc + "/fields/phone/confirm", "{}",
                with(supervisors(Expect.FORBIDDEN), Who.SUPERVISOR, Expect.HIDDEN)));
        cells.add(api("POST", "/api/documents/" + protectedDoc + "/approve", "{}",
                with(supervisors(Expect.FORBIDDEN), Who.SUPERVISOR, Expect.HIDDEN)));
        cells.add(api("POST", "/api/documents/" + open + "/reject", "{\"reason\":\"\"}", supervisors(Expect.FORBIDDEN)));
        // An admin's request with a broken body is refused by the API (400), after security let it through.
        cells.add(api("POST", "/api/batches/run", "{", admins()));
        cells.add(api("GET", "/api/batches", null, admins()));
        cells.add(api("GET", "/api/batches/schedule", null, admins()));
        cells.add(api("POST", "/api/batches/schedule/pause", "{}", admins()));
        cells.add(api("POST", "/api/batches/schedule/resume", "{}", admins()));
        cells.add(api("GET", "/api/batches/999999/report.pdf", null, with(admins(), Who.ADMIN, Expect.ABSENT)));
        cells.add(api("GET", "/api/batches/999999/evidence/shot.png", null, with(admins(), Who.ADMIN, Expect.ABSENT)));
        cells.add(api("GET", "/api/effect", null, admins()));
        cells.add(api("GET", "/api/effect/workbook.xlsx", null, admins()));
        Map<Who, Expect> health = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            health.put(who, Expect.ALLOWED);
        }
        cells.add(new Cell("GET", "/actuator/health", null, health));
        return cells.stream().flatMap(cell -> cell.expect().entrySet().stream().map(e ->
                DynamicTest.dynamicTest(cell + " as " + e.getKey() + " → " + e.getValue(),
                        () -> check(cell, e.getKey(), e.getValue(), callApi(cell, e.getKey())))));
    }

    @Test
    void anUploadThroughTheApiIsOpenToEveryStaffMemberOnly() throws Exception {
        for (Who who : STAFF) {
            String name = "matrix-upload-" + UUID.randomUUID() + ".pdf";
            int status = api.upload(user(who), password(who), name, TestScans.pdf(name), null).status();
            assertThat(status).as(who.name()).isIn(200, 201, 422);
        }
        assertThat(api.upload("nobody", "wrong", "x.pdf", TestScans.pdf("x"), null).status()).isEqualTo(401);
    }

    @TestFactory
    Stream<DynamicTest> thePages() {
        List<Cell> cells = new ArrayList<>();
        cells.add(page("GET", "/review", null, pages(anyStaff())));
        cells.add(page("GET", "/review/" + open, null, pages(anyStaff())));
        cells.add(page("GET", "/review/" + open + "/pages/1", null, pages(anyStaff())));
        cells.add(page("GET", "/review/" + protectedDoc, null, pages(only(Expect.HIDDEN, Who.DV_SUPERVISOR))));
        cells.add(page("POST", "/review/" + application + "/fields/phone", "value=03-1234-5678",
                pages(supervisors(Expect.FORBIDDEN))));
        cells.add(page("POST", "/review/" + open + "/approve", "", pages(supervisors(Expect.FORBIDDEN))));
        cells.add(page("POST", "/review/" + open + "/fields/phone/confirm", "", pages(supervisors(Expect.FORBIDDEN))));
        cells.add(page("POST", "/review/" + open + "/reject", "reason=", pages(supervisors(Expect.FORBIDDEN))));
        cells.add(page("POST", "/review/" + protectedDoc + "/approve", "",
                pages(with(supervisors(Expect.FORBIDDEN), Who.SUPERVISOR, Expect.HIDDEN))));
        cells.add(page("POST", "/review/" + application + "/dv", "protect=false", pages(admins())));
        cells.add(page("GET", "/upload", null, pages(anyStaff())));
        cells.add(page("POST", "/upload", "channel=madoguchi", pages(anyStaff())));
        for (String admin : List.of("/admin/users", "/admin/templates", "/admin/batches", "/admin/effect",
                "/admin/effect/workbook.xlsx?fy=2026")) {
            cells.add(page("GET", admin, null, pages(admins())));
        }
        cells.add(page("POST", "/admin/users", "username=x&password=short", pages(admins())));
        cells.add(page("POST", "/admin/batches/pause", "", pages(admins())));
        cells.add(page("POST", "/admin/batches/resume", "", pages(admins())));
        // An admin's malformed request is refused by the page (its parameter is not a boolean: the
        // site answers 404) after security let it through; a real run is started in AdminPagesTest.
        cells.add(page("POST", "/admin/batches/run", "dryRun=perhaps", pages(with(admins(), Who.ADMIN, Expect.ABSENT))));
        Stream<DynamicTest> roles = cells.stream().flatMap(cell -> cell.expect().entrySet().stream().map(e ->
                DynamicTest.dynamicTest(cell + " as " + e.getKey() + " → " + e.getValue(),
                        () -> check(cell, e.getKey(), e.getValue(), callPage(cell, e.getKey(), true)))));
        // Every state-changing page request without its CSRF token is refused, even from its own role.
        Stream<DynamicTest> csrf = cells.stream().filter(c -> c.method().equals("POST")).map(cell -> {
            Who allowed = cell.expect().entrySet().stream()
                    .filter(e -> e.getValue() == Expect.ALLOWED || e.getValue() == Expect.ABSENT)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            return DynamicTest.dynamicTest(cell + " as " + allowed + " without CSRF token → FORBIDDEN",
                    () -> assertThat(callPage(cell, allowed, false).statusCode()).isEqualTo(403));
        });
        return Stream.concat(roles, csrf);
    }

    @Test
    void errorAnswersCarryNoStackTraceAndNoPersonalData() throws Exception {
        Session supervisor = sessions.get(Who.SUPERVISOR);
        for (HttpResponse<String> r : List.of(
                supervisor.send("GET", "/review/not-a-number", null, true),
                supervisor.send("GET", "/review/" + protectedDoc, null, true),
                supervisor.send("POST", "/review/" + protectedDoc + "/reveal/myNumber", "", true),
                basic("GET", "/api/documents/not-a-number", null, Who.SUPERVISOR),
                basic("GET", "/api/documents/" + protectedDoc, null, Who.SUPERVISOR),
                basic("POST", "/api/documents/" + application + "/fields/phone", "{not json", Who.SUPERVISOR))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isBetween(400, 499);
            assertThat(r.body()).as(r.uri().toString()).doesNotContain("Exception", "\tat ", "at io.scan2ledger",
                    "at org.springframework", residentName);
        }
    }

    // ---- expectations

    private static Map<Who, Expect> anyStaff() {
        Map<Who, Expect> m = new EnumMap<>(Who.class);
        m.put(Who.ANONYMOUS, Expect.UNAUTHORIZED);
        STAFF.forEach(w -> m.put(w, Expect.ALLOWED));
        return m;
    }

    private static Map<Who, Expect> staffBut(Who who, Expect expect) {
        return with(anyStaff(), who, expect);
    }

    /** Supervisors may (the DV supervisor too); the clerk and the admin (no SUPERVISOR role) get {@code others}. */
    private static Map<Who, Expect> supervisors(Expect others) {
        Map<Who, Expect> m = anyStaff();
        m.put(Who.CLERK, others);
        m.put(Who.ADMIN, others);
        return m;
    }

    private static Map<Who, Expect> admins() {
        Map<Who, Expect> m = anyStaff();
        m.replaceAll((w, e) -> w == Who.ANONYMOUS ? e : w == Who.ADMIN ? Expect.ALLOWED : Expect.FORBIDDEN);
        return m;
    }

    /** Only these staff members are allowed; the other staff get {@code others}. */
    private static Map<Who, Expect> only(Expect others, Who... allowed) {
        Map<Who, Expect> m = anyStaff();
        STAFF.forEach(w -> m.put(w, List.of(allowed).contains(w) ? Expect.ALLOWED : others));
        return m;
    }

    private static Map<Who, Expect> with(Map<Who, Expect> base, Who who, Expect expect) {
        Map<Who, Expect> m = new EnumMap<>(base);
        m.put(who, expect);
        return m;
    }

    /** The pages send an anonymous visitor to the login page instead of answering 401. */
    private static Map<Who, Expect> pages(Map<Who, Expect> api) {
        Map<Who, Expect> m = new EnumMap<>(api);
        m.put(Who.ANONYMOUS, Expect.LOGIN);
        return m;
    }

    private static Cell api(String method, String path, String body, Map<Who, Expect> expect) {
        return new Cell(method, path, body, expect);
    }

    private static Cell page(String method, String path, String body, Map<Who, Expect> expect) {
        return new Cell(method, path, body, expect);
    }

    private static void check(Cell cell, Who who, Expect expect, HttpResponse<String> r) {
        int s = r.statusCode();
        String where = cell + " as " + who + " answered " + s + " " + r.headers().firstValue("Location").orElse("");
        switch (expect) {
            case ALLOWED -> assertThat(s).as(where).isNotIn(401, 403, 404).isLessThan(500);
            case ABSENT -> assertThat(s).as(where).isEqualTo(404);
            case UNAUTHORIZED -> assertThat(s).as(where).isEqualTo(401);
            case FORBIDDEN -> assertThat(s).as(where).isEqualTo(403);
            case HIDDEN -> assertThat(s).as(where).isEqualTo(404);
            case LOGIN -> {
                // A GET is sent to the login page; a POST without a session has no CSRF token: 403.
                if (cell.method().equals("GET")) {
                    assertThat(s).as(where).isEqualTo(302);
                    assertThat(r.headers().firstValue("Location").orElse("")).as(where).endsWith("/login");
                } else {
                    assertThat(s).as(where).isIn(302, 403);
                }
            }
        }
        if (expect == Expect.ALLOWED && s == 302) {
            assertThat(r.headers().firstValue("Location").orElse("")).as(where).doesNotEndWith("/login");
        }
    }

    // ---- requests

    private HttpResponse<String> callApi(Cell cell, Who who) throws Exception {
        return who == Who.ANONYMOUS ? Session.anonymous(port).send(cell.method(), cell.path(), cell.body(), false, true)
                : basic(cell.method(), cell.path(), cell.body(), who);
    }

    private HttpResponse<String> callPage(Cell cell, Who who, boolean withCsrf) throws Exception {
        Session s = who == Who.ANONYMOUS ? Session.anonymous(port) : sessions.get(who);
        return s.send(cell.method(), cell.path(), cell.body(), withCsrf);
    }

    private HttpResponse<String> basic(String method, String path, String body, Who who) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user(who) + ":" + password(who)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        b = method.equals("GET") ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String user(Who who) {
        return switch (who) {
            case CLERK -> CLERK;
            case SUPERVISOR -> SUPERVISOR;
            case ADMIN -> ADMIN_ONLY;
            case DV_SUPERVISOR -> DV_USER;
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    private static String password(Who who) {
        return switch (who) {
            case CLERK -> CLERK_PASSWORD;
            case SUPERVISOR -> SUPERVISOR_PASSWORD;
            case ADMIN -> ADMIN_ONLY_PASSWORD;
            case DV_SUPERVISOR -> DV_PASSWORD;
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    /** A browser-like session: cookies kept, redirects not followed, the page's CSRF token at hand. */
    record Session(HttpClient client, String base, String csrf) {

        private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"[^>]*(?:value|content)=\"([^\"]+)\"");

        static Session anonymous(int port) {
            return new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                    "http://127.0.0.1:" + port, null);
        }

        static Session signIn(int port, String user, String password) {
            try {
                Session fresh = anonymous(port);
                String token = fresh.token("/login");
                HttpResponse<String> login = fresh.client.send(HttpRequest.newBuilder(URI.create(fresh.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password
                                + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(login.headers().firstValue("Location").orElse("")).as("sign-in of " + user)
                        .doesNotContain("error", "locked");
                return new Session(fresh.client, fresh.base, fresh.token("/upload"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String token(String page) throws IOException, InterruptedException {
            String html = client.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = TOKEN.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + page);
            }
            return m.group(1);
        }

        HttpResponse<String> send(String method, String path, String body, boolean withCsrf) throws Exception {
            return send(method, path, body, withCsrf, false);
        }

        HttpResponse<String> send(String method, String path, String body, boolean withCsrf, boolean json)
                throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (method.equals("GET")) {
                b.GET();
            } else {
                b.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
                if (withCsrf && csrf != null) {
                    b.header("X-CSRF-TOKEN", csrf);
                }
                b.POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
