package io.scan2ledger.app.review;

import io.scan2ledger.template.Templates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages: users (hashed passwords, no admin locking themselves out), the forms in use, the
 * nightly batch (schedule, runs, records) and the effect of automation.
 */
class AdminPagesTest extends ReviewApp {

    @Autowired
    Templates templates;

    @Test
    void anAdminAddsAClerkWhoCanSignInAndLaterDisablesThem() {
        String name = "tanaka-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "first-password-1";
        Browser b = browser();
        b.signIn(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/users");
        b.find("#new-username").sendKeys(name);
        b.find("#new-display").sendKeys("田中 窓口");
        b.find("#new-password").sendKeys(password);
        b.find("#new-role-CLERK").click();
        b.find("#new-channel-kodomo").click();
        WebElement create = b.find("#create-submit");
        create.click();
        b.leaves(create);
        assertThat(b.find("#notice").getText()).isEqualTo("利用者 " + name + " を追加しました。");
        assertThat(b.has("#user-" + name)).isTrue();
        assertThat(users.loadUserByUsername(name).getPassword()).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(users.loadUserByUsername(name).reader().channels()).containsExactly("kodomo");
        assertThat(api.get("/api/documents", name, password).status()).isEqualTo(200);

        b.find("#enabled-" + name).click();
        WebElement save = b.find("#save-" + name);
        save.click();
        b.leaves(save);
        assertThat(b.find("#user-" + name).getAttribute("data-enabled")).isEqualTo("false");
        assertThat(api.get("/api/documents", name, password).status()).isEqualTo(401);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anAdminCannotTakeAwayTheirOwnAdminRole() {
        Browser b = browser();
        b.signIn(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/users");
        b.find("#role-admin-ADMIN").click();
        WebElement save = b.find("#save-admin");
        save.click();
        b.leaves(save);
        assertThat(b.find("#notice").getAttribute("class")).contains("notice-error");
        assertThat(users.loadUserByUsername(ADMIN).getAuthorities()).extracting(Object::toString)
                .contains("ROLE_ADMIN");
    }

    @Test
    void theFormsInUseAreListed() {
        Browser b = browser();
        b.signIn(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/templates");
        assertThat(b.all("#templates tbody tr")).hasSize(templates.all().size());
        var childAllowance = templates.byId(Applications.FORM).orElseThrow();
        WebElement row = b.find("#templates tr[data-id='" + Applications.FORM + "']");
        assertThat(row.getText()).contains(childAllowance.title()).contains(childAllowance.formCode())
                .contains(String.valueOf(childAllowance.allFields().size()));
    }

    @Test
    void aSupervisorMayNotOpenTheAdminPages() {
        Browser b = browser();
        b.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.open("/admin/users");
        assertThat(b.find("main").getAttribute("data-status")).isEqualTo("403");
        assertThat(b.find("#error-title").getText()).isEqualTo("この操作はできません");
    }

    @Test
    void anAdminPausesAndResumesTheNightlySchedule() {
        Browser b = browser();
        b.signedInAs(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/batches");
        assertThat(b.text("#schedule-state")).isEqualTo("稼働中");
        assertThat(b.text("#next-run")).matches("\\d{4}-\\d{2}-\\d{2} 22:00");

        WebElement pause = b.find("#pause");
        pause.click();
        b.leaves(pause);
        assertThat(b.text("#notice")).isEqualTo("スケジュールを一時停止しました。");
        assertThat(b.text("#schedule-state")).isEqualTo("一時停止中");
        assertThat(b.text("#next-run")).isEqualTo("—");
        assertThat(http.getJson("/api/batches/schedule", ADMIN, ADMIN_PASSWORD).json().path("paused").asBoolean())
                .isTrue();

        WebElement resume = b.find("#resume");
        resume.click();
        b.leaves(resume);
        assertThat(b.text("#schedule-state")).isEqualTo("稼働中");
        assertThat(http.getJson("/api/batches/schedule", ADMIN, ADMIN_PASSWORD).json().path("paused").asBoolean())
                .isFalse();
        assertThat(audit.recent(20)).extracting(e -> e.entry().action() + ":" + e.entry().actor())
                .contains("SCHEDULE_PAUSE:admin", "SCHEDULE_RESUME:admin");
    }

    @Test
    void aTrialRunStartedFromThePageIsListedWithItsRecords() throws Exception {
        Browser b = browser();
        b.signedInAs(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/batches");
        WebElement trial = b.find("#run-trial");
        trial.click();
        b.leaves(trial);
        String notice = b.text("#notice");
        assertThat(notice).matches("試行 No\\.\\d+ を開始しました（登録はしません）。");
        String id = notice.replaceAll("\\D", "");

        // The run goes on in the background; the page shows it once it is complete.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!b.find("#runs tr[data-id='" + id + "']").getAttribute("data-status").equals("COMPLETED")) {
            assertThat(System.nanoTime()).as("trial run " + id + " completes").isLessThan(deadline);
            Thread.sleep(500);
            b.open("/admin/batches");
        }
        b.screenshot("batches");
        var run = http.getJson("/api/batches/" + id, ADMIN, ADMIN_PASSWORD).json();
        assertThat(run.path("dryRun").asBoolean()).isTrue();
        assertThat(run.path("keyed").asInt()).isZero();

        b.find("#runs tr[data-id='" + id + "'] a").click();
        b.untilPath("/admin/batches/" + id);
        assertThat(b.find("#run").getAttribute("data-status")).isEqualTo("COMPLETED");
        assertThat(b.all("#records tbody tr[data-outcome]")).hasSize(run.path("records").size());
        b.screenshot("batch-run");
        assertThat(audit.recent(50)).extracting(e -> e.entry().action() + ":" + e.entry().detail())
                .contains("BATCH_RUN:run=" + id + " trial");
    }

    @Test
    void theEffectOfAutomationIsShownPerFiscalYearAndSavedAsExcel() {
        Browser b = browser();
        b.signedInAs(ADMIN, ADMIN_PASSWORD);
        b.open("/admin/effect");
        var effect = http.getJson("/api/effect", ADMIN, ADMIN_PASSWORD).json();
        assertThat(b.text("#fiscal-year")).isEqualTo(effect.path("label").asText()).contains("年度 / FY");
        assertThat(b.text("#documents")).isEqualTo(effect.path("documentsAutomated").asText());
        assertThat(b.text("#pages")).isEqualTo(effect.path("pagesDigitised").asText());
        assertThat(b.all("#forms tbody tr")).hasSize(effect.path("forms").size());
        b.screenshot("effect");

        String href = b.find("#effect-xlsx").getAttribute("href");
        var xlsx = http.withSession("GET", href.substring(href.indexOf("/admin/")), b.sessionId(), null);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(0x50, 0x4B);   // a zip: an .xlsx workbook

        int year = effect.path("fiscalYear").asInt();
        b.find("#previous-year").click();
        b.untilPath("/admin/effect?fy=" + (year - 1));
        assertThat(b.text("#fiscal-year")).endsWith("FY" + (year - 1));
    }
}
