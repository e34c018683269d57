package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.web.security.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The review through the JSON API: the same roles and refusals as the pages. */
class ReviewApiTest extends ReviewApp {

    private final Residents.Resident resident = Residents.next();
    private final Residents.Resident misread = Residents.next();
    private long forReading;
    private long doubtful;
    private long noAccountType;
    private long toReject;
    private long forRoles;

    @BeforeAll
    void seed() {
        Map<String, String> row = Applications.childAllowance(Residents.next());
        row.put("accountType", "");
        List<Long> ids = applications(Applications.needsALook(resident), row,
                Applications.needsALook(Residents.next()), Applications.needsALook(Residents.next()),
                Applications.needsALook(misread));
        forReading = ids.get(0);
        noAccountType = ids.get(1);
        toReject = ids.get(2);
        forRoles = ids.get(3);
        doubtful = ids.get(4);
    }

    @Test
    void aDocumentComesWithItsFieldsAndTheMyNumberMasked() {
        Residents.Resident r = resident;
        long id = forReading;
        JsonNode doc = document(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        JsonNode number = field(doc, "myNumber");
        assertThat(number.path("type").asText()).isEqualTo("my-number");
        assertThat(number.path("value").asText()).isEqualTo("********" + r.myNumber().substring(8));
        assertThat(number.path("rawText").asText()).isEqualTo("********" + r.myNumber().substring(8));
        JsonNode birth = field(doc, "birthDate");
        assertThat(birth.path("value").asText()).isEqualTo("1990-05-05");
        assertThat(birth.path("confidence").asDouble()).isEqualTo(1.0);
        assertThat(birth.path("method").asText()).isEqualTo("MANUAL");
        assertThat(birth.path("problems").get(0).path("code").asText()).isEqualTo("ERA_YEAR_OUT_OF_RANGE");
        assertThat(birth.path("problems").get(0).path("severity").asText()).isEqualTo("REVIEW");
        assertThat(birth.path("problems").get(0).path("ja").asText()).isNotBlank();
        assertThat(birth.path("problems").get(0).path("en").asText()).isNotBlank();
        assertThat(doc.path("notes").isArray()).isTrue();
        assertThat(doc.toString()).doesNotContain(r.myNumber());
    }

    @Test
    void aFieldTheModelsReadDifferentlySaysWhatTheDoubtIs() {
        Residents.Resident r = misread;
        long id = doubtful;
        String other = r.name().substring(0, r.name().length() - 1) + "大";
        readByMachine(id, "name", disagreed(other, r.name().substring(r.name().length() - 1)));

        JsonNode name = field(document(id, SUPERVISOR, SUPERVISOR_PASSWORD), "name");
        double p = name.path("confidence").asDouble();
        assertThat(p).as("calibrated, not a person's 1.0").isGreaterThan(0).isLessThan(1);
        assertThat(name.path("value").asText()).isEqualTo(r.name());
        JsonNode doubt = name.path("doubt");
        assertThat(doubt.path("probability").asDouble()).isEqualTo(p);
        assertThat(doubt.path("readings").asText()).isEqualTo("DISAGREE");
        assertThat(doubt.path("alternatives")).extracting(JsonNode::asText).containsExactly(other);
        assertThat(doubt.path("weakCharacters").asText()).isEqualTo(r.name().substring(r.name().length() - 1));
        assertThat(doubt.path("repairs")).extracting(JsonNode::asText).containsExactly("MERGED");
        assertThat(doubt.path("split").asText()).isEqualTo("NONE");
        assertThat(doubt.path("reasons")).extracting(x -> x.path("code").asText())
                .containsExactly("READINGS_DISAGREE", "REPAIRED_MERGED", "WEAK_CHARACTERS");
        assertThat(doubt.path("reasons")).allSatisfy(x -> {
            assertThat(x.path("ja").asText()).isNotBlank();
            assertThat(x.path("en").asText()).isNotBlank();
        });
        // The problem states the same probability as the field, never a fixed figure.
        StreamSupport.stream(name.path("problems").spliterator(), false)
                .filter(x -> x.path("code").asText().equals("LOW_CONFIDENCE"))
                .forEach(x -> assertThat(x.path("ja").asText()).contains(Doubts.percent(p))
                        .contains(doubt.path("reasons").get(0).path("ja").asText()));
        assertThat(field(document(id, SUPERVISOR, SUPERVISOR_PASSWORD), "phone").path("doubt").isNull())
                .as("an e-application's value was typed by the resident").isTrue();
    }

    @Test
    void aMyNumbersOtherReadingsAreMaskedLikeItsValue() {
        Residents.Resident r = misread;
        long id = doubtful;
        String other = Residents.withWrongCheckDigit(r.myNumber());
        readByMachine(id, "myNumber", disagreed(other, r.myNumber().substring(2, 5)));

        JsonNode doc = document(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        JsonNode doubt = field(doc, "myNumber").path("doubt");
        assertThat(doubt.path("readings").asText()).isEqualTo("DISAGREE");
        assertThat(doubt.path("alternatives")).extracting(JsonNode::asText).containsExactly("********" + other.substring(8));
        assertThat(doubt.path("weakCharacters").asText()).isEqualTo("***");
        assertThat(doc.toString()).doesNotContain(r.myNumber()).doesNotContain(other)
                .doesNotContain(r.myNumber().substring(0, 8)).doesNotContain(other.substring(0, 8));
    }

    @Test
    void aCorrectionAnswersWithTheRevalidatedFieldsAndApprovalFollows() {
        long id = noAccountType;

        Http.Answer refused = http.postJson("/api/documents/" + id + "/approve", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("INVALID_FIELDS");
        assertThat(refused.json().path("ja").asText()).contains("訂正してから承認してください");
        assertThat(refused.json().path("en").asText()).contains("Correct them before approving");

        Http.Answer corrected = http.postJson("/api/documents/" + id + "/fields/accountType", SUPERVISOR,
                SUPERVISOR_PASSWORD, Map.of("value", "普通"));
        assertThat(corrected.status()).isEqualTo(200);
        JsonNode type = field(corrected.json(), "accountType");
        assertThat(type.path("value").asText()).isEqualTo("普通");
        assertThat(type.path("problems")).isEmpty();
        assertThat(type.path("method").asText()).isEqualTo("MANUAL");
        assertThat(type.path("correctedBy").asText()).isEqualTo(SUPERVISOR);

        Http.Answer approved = http.postJson("/api/documents/" + id + "/approve", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().path("awaitingSecondApproval").asBoolean()).isFalse();
        assertThat(http.postJson("/api/documents/" + id + "/approve", SUPERVISOR, SUPERVISOR_PASSWORD, Map.of())
                .json().path("code").asText()).isEqualTo("NOT_IN_REVIEW");
    }

    @Test
    void aFourEyesFormIsApprovedOnlyByASecondDifferentSupervisor() {
        users.createIfAbsent(new UserDirectory.UserSpec("supervisor2", "supervisor2-pw", List.of("SUPERVISOR"),
                List.of(), "審査 花子"));
        var catalog = TemplateCatalog.bundled();
        Map<String, String> row = new LinkedHashMap<>(new SampleGenerator(catalog)
                .generate(catalog.byId("kouza-furikae").orElseThrow(), 77, ScanOptions.clean(200)).written());
        row.put("form", "kouza-furikae");
        row.put("appliedOn", "昭和65年5月5日");   // a doubt, not an error: it must be looked at, and may be approved
        long id = Applications.drop(HOME, api, List.of(row)).get(0);

        Http.Answer first = http.postJson("/api/documents/" + id + "/approve", SUPERVISOR, SUPERVISOR_PASSWORD, Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("state").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(first.json().path("awaitingSecondApproval").asBoolean()).isTrue();

        Http.Answer again = http.postJson("/api/documents/" + id + "/approve", SUPERVISOR, SUPERVISOR_PASSWORD, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("SAME_APPROVER");

        Http.Answer second = http.postJson("/api/documents/" + id + "/approve", "supervisor2", "supervisor2-pw", Map.of());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("state").asText()).isEqualTo("APPROVED");
        assertThat(history(id, "APPROVE_FIRST")).singleElement()
                .satisfies(h -> assertThat(h.entry().actor()).isEqualTo(SUPERVISOR));
        assertThat(history(id, "STATE")).anySatisfy(h -> {
            assertThat(h.entry().actor()).isEqualTo("supervisor2");
            assertThat(h.entry().after()).isEqualTo("APPROVED");
        });
    }

    @Test
    void aRejectionNeedsAReason() {
        long id = toReject;
        Http.Answer blank = http.postJson("/api/documents/" + id + "/reject", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of("reason", "  "));
        assertThat(blank.status()).isEqualTo(409);
        assertThat(blank.json().path("code").asText()).isEqualTo("REASON_REQUIRED");

        Http.Answer rejected = http.postJson("/api/documents/" + id + "/reject", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of("reason", "添付書類なし"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().path("state").asText()).isEqualTo("REJECTED");
        assertThat(history(id, "STATE")).anySatisfy(h -> assertThat(h.entry().detail()).isEqualTo("reason: 添付書類なし"));
    }

    @Test
    void rolesAndUnknownsAreAnsweredPlainly() {
        long id = forRoles;
        assertThat(http.postJson("/api/documents/" + id + "/fields/name", CLERK, CLERK_PASSWORD,
                Map.of("value", "x")).status()).isEqualTo(403);
        assertThat(http.postJson("/api/documents/" + id + "/reject", DENSHI_CLERK, DENSHI_CLERK_PASSWORD,
                Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(http.postJson("/api/documents/999999/approve", SUPERVISOR, SUPERVISOR_PASSWORD, Map.of()).status())
                .isEqualTo(404);
        Http.Answer unknownField = http.postJson("/api/documents/" + id + "/fields/nope", SUPERVISOR,
                SUPERVISOR_PASSWORD, Map.of("value", "x"));
        assertThat(unknownField.status()).isEqualTo(409);
        assertThat(unknownField.json().path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(http.getJson("/api/documents/" + id, DENSHI_CLERK, DENSHI_CLERK_PASSWORD).status()).isEqualTo(200);
        assertThat(http.getJson("/api/documents/" + id, CLERK, CLERK_PASSWORD).status())
                .as("not the demo clerk's channel").isEqualTo(404);
    }
}
