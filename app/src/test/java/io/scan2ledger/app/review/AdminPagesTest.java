package io.scan2ledger.app.review;

import io.scan2ledger.template.Templates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin pages: users (hashed passwords, no admin locking themselves out) and the forms in use. */
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
}
