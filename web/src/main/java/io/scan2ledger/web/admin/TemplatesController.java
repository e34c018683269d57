package io.scan2ledger.web.admin;

import io.scan2ledger.batch.BotRoster;
import io.scan2ledger.template.Templates;
import io.scan2ledger.web.site.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;

/** {@code /admin/templates}: the forms in use, read-only (a form is changed in its template.yaml). */
@Controller
public class TemplatesController {

    /**
     * One form: its id, version, title in the reader's language, printed code, number of fields and
     * whether a bot keys it (an approved document of an unkeyed form reaches no ledger).
     */
    public record Form(String id, int version, String title, String code, int fields, int rules, boolean keyed) {
    }

    private final Templates templates;
    /** Absent where the batch is not wired: then no form is marked. */
    private final ObjectProvider<BotRoster> roster;

    public TemplatesController(Templates templates, ObjectProvider<BotRoster> roster) {
        this.templates = templates;
        this.roster = roster;
    }

    @GetMapping("/admin/templates")
    public String list(Locale locale, Model model) {
        List<String> unkeyed = roster.stream().findFirst().map(r -> r.unkeyed(templates.all())).orElse(List.of());
        model.addAttribute("forms", templates.all().stream()
                .map(t -> new Form(t.id(), t.version(), Texts.pick(locale, t.title(), t.titleEn()), t.formCode(),
                        t.allFields().size(), t.rules().size(), !unkeyed.contains(t.id())))
                .toList());
        return "admin/templates";
    }
}
