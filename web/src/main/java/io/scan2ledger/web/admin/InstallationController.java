package io.scan2ledger.web.admin;

import io.scan2ledger.installation.Installation;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.web.review.Notice;
import io.scan2ledger.web.security.UserAccount;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** An admin sets this installation's id (shown on the batches page); documents received from then on carry it. */
@Controller
public class InstallationController {

    private final Installation installation;
    private final MessageSource messages;

    public InstallationController(Installation installation, MessageSource messages) {
        this.installation = installation;
        this.messages = messages;
    }

    @PostMapping("/admin/installation")
    public String change(@RequestParam String id, @AuthenticationPrincipal UserAccount admin, Locale locale,
                         RedirectAttributes flash) {
        InstallationId parsed;
        try {
            parsed = InstallationId.parse(id);
        } catch (IllegalArgumentException e) {
            Notice.error(flash, messages.getMessage("admin.installation.invalid", null, locale));
            return "redirect:/admin/batches#installation";
        }
        installation.change(parsed, admin.getUsername());
        Notice.ok(flash, messages.getMessage("admin.installation.changed", new Object[]{parsed.value()}, locale));
        return "redirect:/admin/batches#installation";
    }
}
