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
    private long toConfirm;

    @BeforeAll
    void seed() {
        Map<String, String> row = Applications.childAllowance(Residents.next());
        row.put("accountType", "");
        List<Long> ids = applications(Applications.needsALook(resident), row,
                Applications.needsALook(Residents.next()), Applications.needsALook(Residents.next()),
                Applications.needsALook(misread), Applications.needsALook(Residents.next()));
        forReading = ids.get(0);
        noAccountType = ids.get(1);
        toReject = ids.get(2);
        forRoles = ids.get(3);
        doubtful = ids.get(4);
        toConfirm = ids.get(5);
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

    /**
     * Approval waits until the approver confirmed every flagged field: 409 with the fields named,
     * audited; a flag a later re-validation raises needs its own confirmation.
     */
    @Test
    void approvalWaitsForTheFlaggedFieldsToBeConfirmedAndANewFlagToo() {
        long id = toConfirm;
        Http.Answer refused = approve(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(refused.status()).isEqualTo(409);
        JsonNode problem = refused.json();
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("code").asText()).isEqualTo("UNCONFIRMED_FIELDS");
        assertThat(problem.path("fields")).extracting(JsonNode::asText).containsExactly("birthDate");
        assertThat(problem.path("ja").asText()).contains("生年月日");
        assertThat(problem.path("en").asText()).contains("Claimant's date of birth").contains("not confirmed");
        assertThat(history(id, "APPROVE_REFUSED")).singleElement()
                .satisfies(r -> assertThat(r.entry().detail()).isEqualTo("UNCONFIRMED_FIELDS fields=birthDate"));

        assertThat(http.postJson("/api/documents/" + id + "/fields/phone/confirm", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of()).json().path("code").asText()).as("nothing to confirm").isEqualTo("NOT_FLAGGED");
        Http.Answer confirmed = http.postJson("/api/documents/" + id + "/fields/birthDate/confirm", SUPERVISOR,
                SUPERVISOR_PASSWORD, Map.of());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("unconfirmed")).isEmpty();

        // A re-validation raises a new flag (two models read the name differently): it needs confirming too.
        Residents.Resident r = Residents.next();
        readByMachine(id, "name", disagreed(r.name(), r.name().substring(0, 1)));
        Http.Answer again = approve(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("fields")).extracting(JsonNode::asText).containsExactly("name");
        http.postJson("/api/documents/" + id + "/fields/name/confirm", SUPERVISOR, SUPERVISOR_PASSWORD, Map.of());

        Http.Answer approved = approve(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("state").asText()).isEqualTo("APPROVED");
        assertThat(history(id, "CONFIRM")).extracting(h -> h.entry().actor() + " " + h.entry().detail())
                .containsExactly(SUPERVISOR + " field=birthDate", SUPERVISOR + " field=name");
        assertThat(history(id, "APPROVE_REFUSED")).hasSize(2);
    }

    /**
     * Two supervisors, each looking for themselves: the first corrects one field and confirms the
     * doubt; the second sees that correction (field, who, when, the value now) and must confirm the
     * doubt too before the second approval.
     */
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
        assertThat(flagged(id)).contains("appliedOn");

        assertThat(http.postJson("/api/documents/" + id + "/fields/phone", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of("value", "03-5555-0101")).status()).isEqualTo(200);
        confirmAll(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        Http.Answer first = approve(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("state").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(first.json().path("awaitingSecondApproval").asBoolean()).isTrue();

        Http.Answer again = approve(id, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("SAME_APPROVER");

        Http.Answer unlooked = approve(id, "supervisor2", "supervisor2-pw");
        assertThat(unlooked.status()).as("the first one's confirmations are not the second's").isEqualTo(409);
        assertThat(unlooked.json().path("code").asText()).isEqualTo("UNCONFIRMED_FIELDS");
        assertThat(unlooked.json().path("fields")).extracting(JsonNode::asText).containsExactlyElementsOf(flagged(id));

        Browser b = browser();
        b.signIn("supervisor2", "supervisor2-pw");
        b.open("/review/" + id);
        assertThat(b.all("#first-corrections tbody tr")).singleElement().satisfies(tr -> {
            assertThat(tr.getAttribute("data-field")).isEqualTo("phone");
            assertThat(tr.getText()).contains(SUPERVISOR).contains("03-5555-0101");
        });
        assertThat(b.find("#row-f-appliedOn").getAttribute("data-confirm")).isEqualTo("todo");

        confirmAll(id, "supervisor2", "supervisor2-pw");
        Http.Answer second = approve(id, "supervisor2", "supervisor2-pw");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("state").asText()).isEqualTo("APPROVED");
        assertThat(history(id, "APPROVE_FIRST")).singleElement()
                .satisfies(h -> assertThat(h.entry().actor()).isEqualTo(SUPERVISOR));
        assertThat(history(id, "CONFIRM")).extracting(h -> h.entry().actor()).contains(SUPERVISOR, "supervisor2");
        assertThat(history(id, "STATE")).anySatisfy(h -> {
            assertThat(h.entry().actor()).isEqualTo("supervisor2");
            assertThat(h.entry().after()).isEqualTo("APPROVED");
        });
    }

    private Http.Answer approve(long id, String user, String password) {
        return http.postJson("/api/documents/" + id + "/approve", user, password, Map.of());
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
