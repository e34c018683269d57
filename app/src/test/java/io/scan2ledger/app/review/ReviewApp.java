package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.app.ApiClient;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.validation.ValidationService;
import io.scan2ledger.web.security.UserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The whole application on a random port with the demo users, a real H2 database in a temporary
 * data directory and fast intake timings. Every review test class shares this one application
 * context (same configuration) and opens one browser, when it first needs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReviewApp {

    static final Path HOME = temporaryHome();
    /** A clerk of the e-application channel (the demo clerk works at the paper counters). */
    static final String DENSHI_CLERK = "denshi-clerk";
    static final String DENSHI_CLERK_PASSWORD = "denshi-clerk-pw";
    static final String SUPERVISOR = "supervisor";
    static final String SUPERVISOR_PASSWORD = "supervisor-demo";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-demo";
    static final String CLERK = "clerk";
    static final String CLERK_PASSWORD = "clerk-demo";

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDirectory users;
    @Autowired
    ReadingRepository readings;
    @Autowired
    ValidationService validation;
    @Autowired
    Transactions tx;

    ApiClient api;
    Http http;
    private Browser browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("scan2ledger.home", HOME::toString);
        // Test files are dropped whole (written under a temporary name, then renamed): no need to wait long.
        registry.add("scan2ledger.intake.min-age", () -> "300ms");
        registry.add("scan2ledger.intake.check-interval", () -> "100ms");
        registry.add("scan2ledger.intake.poll-interval", () -> "100ms");
        registry.add("scan2ledger.intake.incomplete-grace", () -> "60s");
        // The direct-debit form needs two supervisors here; no other review test approves one.
        registry.add("scan2ledger.extraction.four-eyes-forms", () -> "kouza-furikae");
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("s2l-review-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void clients() {
        api = new ApiClient(port);
        http = new Http(port);
        users.createIfAbsent(new UserDirectory.UserSpec(DENSHI_CLERK, DENSHI_CLERK_PASSWORD, List.of("CLERK"),
                List.of("denshi"), "電子 受付"));
        // Extraction of the scan takes a few seconds: start it now, whichever class runs first.
        Scans.childAllowance(HOME);
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }

    /** The browser, signed in as the supervisor, on this document's page. */
    Browser supervisorOn(long id) {
        Browser b = browser();
        b.signedInAs(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.open("/review/" + id);
        return b;
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** One e-application per resident (each row as the test shaped it), validated. */
    @SafeVarargs
    final List<Long> applications(Map<String, String>... rows) {
        return Applications.drop(HOME, api, List.of(rows));
    }

    /**
     * Makes a seeded field look as if the reader had read it with this evidence (two models that
     * disagreed, a repair...), then validates the document again: its probability and problems come
     * from the real calibrated model, as after extraction. Tesseract would not disagree on cue.
     */
    void readByMachine(long id, String field, Evidence evidence) {
        Residents.remember(evidence.alternatives());
        tx.inTransaction(() -> readings.replaceFields(id, readings.fields(id).stream()
                .map(f -> !f.name().equals(field) ? f : new DocumentField(f.name(), f.type(), f.rawText(), f.value(),
                        f.confidence(), f.page(), f.box(), ReadMethod.OCR, f.problems(), null, null, evidence))
                .toList()));
        validation.revalidate(id);
    }

    /** What the reader records for a field two models read differently and it merged: the other reading, the characters in doubt. */
    static Evidence disagreed(String otherReading, String weakChars) {
        return Evidence.single(0.62).withSecond(0.48, false).withAlternative(otherReading).withWeakChars(weakChars)
                .withRepair(Evidence.Repair.MERGED);
    }

    /** The fields a supervisor must confirm (or correct) before approving: those with problems. */
    List<String> flagged(long id) {
        return StreamSupport.stream(document(id, ADMIN, ADMIN_PASSWORD).path("fields").spliterator(), false)
                .filter(f -> !f.path("problems").isEmpty()).map(f -> f.path("name").asText()).toList();
    }

    /** Confirms every flagged field through the API, as this supervisor. */
    void confirmAll(long id, String user, String password) {
        for (String field : flagged(id)) {
            Http.Answer confirmed = http.postJson("/api/documents/" + id + "/fields/" + field + "/confirm", user,
                    password, Map.of());
            if (confirmed.status() != 200) {
                throw new IllegalStateException(field + ": " + confirmed.status() + " " + confirmed.json());
            }
        }
    }

    JsonNode document(long id, String user, String password) {
        return api.get("/api/documents/" + id, user, password).body();
    }

    /** A field of a document as the API gives it. */
    static JsonNode field(JsonNode doc, String name) {
        return StreamSupport.stream(doc.path("fields").spliterator(), false)
                .filter(f -> name.equals(f.path("name").asText())).findFirst().orElseThrow();
    }

    String state(long id) {
        return document(id, ADMIN, ADMIN_PASSWORD).path("state").asText();
    }

    List<AuditRecord> history(long id, String action) {
        return audit.historyOf(id).stream().filter(r -> r.entry().action().equals(action)).toList();
    }
}
