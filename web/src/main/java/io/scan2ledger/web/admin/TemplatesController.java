package io.scan2ledger.web.admin;

import io.scan2ledger.template.Templates;
import io.scan2ledger.web.site.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** {@code /admin/templates}: the forms in use, read-only (a form is changed in its template.yaml). */
@Controller
public class TemplatesController {

    /** One form: its id, version, title in the reader's language, printed code and number of fields. */
    public record Form(String id, int version, String title, String code, int fields, int rules) {
    }

    private final Templates templates;

    public TemplatesController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping("/admin/templates")
    public String list(Locale locale, Model model) {
        model.addAttribute("forms", templates.all().stream()
                .map(t -> new Form(t.id(), t.version(), Texts.pick(locale, t.title(), t.titleEn()), t.formCode(),
                        t.allFields().size(), t.rules().size()))
                .toList());
        return "admin/templates";
    }
}
