package io.scan2ledger.app.review;

import io.scan2ledger.app.ApiClient;
import io.scan2ledger.app.TestScans;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.installation.Installation;
import io.scan2ledger.installation.InstallationId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, part 2: the installation id, generated at the first start, is on the admin batches
 * page; an admin changes it, and only documents received afterwards carry the new one in their key.
 */
class InstallationAdminTest extends ReviewApp {

    @Autowired
    Installation installation;
    @Autowired
    DocumentRepository documents;

    @Test
    void anAdminSeesAndChangesTheInstallationIdAndOnlyNewDocumentsCarryTheNewOne() {
        InstallationId generated = installation.current().orElseThrow();
        Document before = received("before");
        assertThat(before.installation()).isEqualTo(generated);
        assertThat(LedgerRecords.keyOf(before)).isEqualTo("S2L-" + generated.value() + "-" + before.id() + "-"
                + before.sha256().substring(0, 4).toUpperCase());

        Browser b = browser();
        b.signedInAs(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/batches");
        assertThat(b.text("#installation-id")).isEqualTo(generated.value());
        String next = generated.value().equals("W9XZ") ? "W9XY" : "W9XZ";
        try {
            b.find("#new-installation-id").sendKeys(next.toLowerCase());
            WebElement change = b.find("#change-installation");
            change.click();
            b.leaves(change);
            assertThat(b.text("#installation-id")).isEqualTo(next);

            Document after = received("after");
            assertThat(LedgerRecords.keyOf(after)).startsWith("S2L-" + next + "-" + after.id() + "-");
            // Received before the change: its key, under which it may already be keyed, stays.
            assertThat(LedgerRecords.keyOf(documents.find(before.id()).orElseThrow()))
                    .isEqualTo(LedgerRecords.keyOf(before));
            assertThat(audit.verify().intact()).isTrue();
        } finally {
            installation.change(generated, "test");
        }
    }

    private Document received(String label) {
        String name = label + "-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        TestScans.drop(HOME.resolve("inbox/madoguchi"), name, TestScans.pdf(name));
        long id = api.awaitDocument(ApiClient.named(name), Duration.ofSeconds(20)).orElseThrow().path("id").asLong();
        return documents.find(id).orElseThrow();
    }
}
