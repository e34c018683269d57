package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.app.TestScans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: a clerk uploads and reads their channels but never approves; a DV-protected
 * document does not exist for anyone without the right; an unclassified scan gets its form.
 */
class ClerkAndDvTest extends ReviewApp {

    private long clerkChannel;
    private long frontDesk;
    private long unclassified;

    /** A claim online, and two blank paper scans (unclassified, with a page image) read side by side. */
    @BeforeAll
    void seed() {
        List<String> names = List.of(Scans.dropBlankPage(HOME, "madoguchi"), Scans.dropBlankPage(HOME, "zeimu"));
        clerkChannel = applications(Applications.needsALook(Residents.next())).get(0);
        frontDesk = Scans.await(api, names.get(0)).path("id").asLong();
        unclassified = Scans.await(api, names.get(1)).path("id").asLong();
    }

    @Test
    void aClerkSeesTheirChannelReadOnlyAndMayNotApprove() {
        long id = clerkChannel;
        Browser b = browser();
        b.signIn(DENSHI_CLERK, DENSHI_CLERK_PASSWORD);
        b.untilPath("/upload");
        b.open("/review");
        assertThat(b.has("#read-only")).isTrue();
        assertThat(b.has("#queue tr[data-id='" + id + "']")).isTrue();
        assertThat(b.has("#my-uploads")).isTrue();

        b.open("/review/" + id);
        assertThat(b.has("#approve")).isFalse();
        assertThat(b.has("#reject")).isFalse();
        assertThat(b.has(".reveal")).isFalse();
        assertThat(b.find("#f-name").getAttribute("readonly")).isNotNull();

        // Even a well-formed request with the clerk's own CSRF token is refused.
        Http.Answer approve = http.withSession("POST", "/review/" + id + "/approve", b.sessionId(), b.csrfToken());
        assertThat(approve.status()).isEqualTo(403);
        b.open("/review/" + id + "/nothing-here");
        assertThat(b.find("main").getAttribute("data-status")).isEqualTo("404");

        Http.Answer api = http.postJson("/api/documents/" + id + "/approve", CLERK, CLERK_PASSWORD, Map.of());
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().path("error").asText()).isEqualTo("forbidden");
        assertThat(state(id)).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void aDvProtectedDocumentIsNotFoundForAnyoneWithoutTheRight() {
        // A paper scan at the front desk (the demo clerk's channel), so it has a page image.
        long id = frontDesk;
        Browser b = browser();
        b.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        String supervisorSession = b.sessionId();
        assertThat(http.withSession("GET", "/review/" + id + "/pages/1", supervisorSession, null).status())
                .isEqualTo(200);
        assertThat(api.get("/api/documents/" + id, CLERK, CLERK_PASSWORD).status()).isEqualTo(200);

        b.signIn(ADMIN, ADMIN_PASSWORD);
        b.open("/review/" + id);
        WebElement protect = b.find("#dv-toggle");
        protect.click();
        b.leaves(protect);
        assertThat(b.find("#dv-badge").isDisplayed()).isTrue();
        assertThat(history(id, "DV_PROTECT")).singleElement()
                .satisfies(r -> assertThat(r.entry().actor()).isEqualTo(ADMIN));

        // The supervisor without the DV right: page, image, queue and API all say "not found".
        assertThat(http.withSession("GET", "/review/" + id, supervisorSession, null).status()).isEqualTo(404);
        assertThat(http.withSession("GET", "/review/" + id + "/pages/1", supervisorSession, null).status())
                .isEqualTo(404);
        assertThat(http.withSession("GET", "/review", supervisorSession, null).body())
                .asString().doesNotContain("data-id=\"" + id + "\"");
        JsonNode notFound = api.get("/api/documents/" + id, SUPERVISOR, SUPERVISOR_PASSWORD).body();
        assertThat(api.get("/api/documents/" + id, SUPERVISOR, SUPERVISOR_PASSWORD).status()).isEqualTo(404);
        assertThat(notFound.path("error").asText()).isEqualTo("not_found");
        assertThat(api.get("/api/documents/" + id, CLERK, CLERK_PASSWORD).status()).isEqualTo(404);
        assertThat(http.postJson("/api/documents/" + id + "/reject", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of("reason", "x")).status()).isEqualTo(404);

        b.signIn(CLERK, CLERK_PASSWORD);
        b.open("/review/" + id);
        assertThat(b.find("main").getAttribute("data-status")).isEqualTo("404");
        assertThat(b.find("#error-title").getText()).isEqualTo("見つかりません");

        // The admin holds the DV right and still sees it.
        assertThat(api.get("/api/documents/" + id, ADMIN, ADMIN_PASSWORD).body().path("dvProtected").asBoolean())
                .isTrue();
    }

    @Test
    void aSupervisorNamesTheFormOfAnUnclassifiedScanAndItIsReadAgain() {
        long id = unclassified;
        Browser b = supervisorOn(id);
        assertThat(b.find("#notes li").getAttribute("data-code")).isEqualTo("UNCLASSIFIED");
        assertThat(b.has("#approve")).as("no form, nothing to approve").isFalse();
        b.find("#form-choice option[value='" + Applications.FORM + "']").click();
        WebElement choose = b.find("#choose-form");
        choose.click();
        b.leaves(choose);
        assertThat(b.find("#notice").getText()).contains(String.valueOf(id));

        JsonNode read = Scans.await(api, document(id, ADMIN, ADMIN_PASSWORD).path("originalName").asText());
        assertThat(read.path("formId").asText()).isEqualTo(Applications.FORM);
        assertThat(document(id, ADMIN, ADMIN_PASSWORD).path("fields").size()).isGreaterThan(10);
    }

    @Test
    void aClerkUploadsAndSeesNewDuplicateAndRefusedFiles() throws IOException {
        Path dir = Files.createTempDirectory("s2l-upload-");
        String text = "upload-" + UUID.randomUUID();
        byte[] pdf = TestScans.pdf(text);
        Path scan = Files.write(dir.resolve("scan.pdf"), pdf);
        Path again = Files.write(dir.resolve("scan-again.pdf"), pdf);
        Path memo = Files.write(dir.resolve("memo.pdf"), "ただのメモです".getBytes(StandardCharsets.UTF_8));

        Browser b = browser();
        b.signIn(CLERK, CLERK_PASSWORD);
        b.untilPath("/upload");
        assertThat(b.all("#channel option")).extracting(o -> o.getAttribute("value"))
                .containsExactly("madoguchi", "kodomo", "zeimu", "upload");

        WebElement created = upload(b, scan, "kodomo");
        assertThat(created.getAttribute("data-outcome")).isEqualTo("RECEIVED");
        long id = Long.parseLong(created.getAttribute("data-id"));
        assertThat(created.getText()).contains("受け付けました（文書 " + id + "）");
        assertThat(document(id, CLERK, CLERK_PASSWORD).path("channel").asText()).isEqualTo("kodomo");

        WebElement duplicate = upload(b, again, "madoguchi");
        assertThat(duplicate.getAttribute("data-outcome")).isEqualTo("DUPLICATE");
        assertThat(duplicate.getText()).contains("文書 " + id + " と同じファイルです");

        WebElement refused = upload(b, memo, "zeimu");
        assertThat(refused.getAttribute("data-outcome")).isEqualTo("QUARANTINED");
        assertThat(refused.getText()).contains("PDF・TIFF・PNG・JPEG のいずれでもありません")
                .contains("This is not a PDF, TIFF, PNG or JPEG file");

        assertThat(b.all("#my-uploads tbody tr[data-id]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(b.find("#my-uploads tr[data-id='" + id + "']").getAttribute("data-state"))
                .isIn("RECEIVED", "NEEDS_REVIEW");
    }

    private static WebElement upload(Browser b, Path file, String channel) {
        new Select(b.find("#channel")).selectByValue(channel);
        b.find("#file").sendKeys(file.toAbsolutePath().toString());
        WebElement submit = b.find("#upload-submit");
        submit.click();
        b.leaves(submit);
        return b.find("#upload-result");
    }
}
