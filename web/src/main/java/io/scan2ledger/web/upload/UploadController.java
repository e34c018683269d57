package io.scan2ledger.web.upload;

import io.scan2ledger.document.Document;
import io.scan2ledger.intake.IntakeResult;
import io.scan2ledger.web.review.Notice;
import io.scan2ledger.web.security.UserAccount;
import io.scan2ledger.web.site.Texts;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Locale;

/** {@code /upload}: a clerk sends a scan into intake (the same route as the folders) and sees what became of it. */
@Controller
public class UploadController {

    /** What intake did with the file, for the page: new, duplicate or quarantined with the reason. */
    public record Result(long id, String outcome, String outcomeLabel, Long duplicateOf, String reasonJa,
                         String reasonEn) {
    }

    private final Uploads uploads;
    private final MyUploads mine;
    private final MessageSource messages;

    public UploadController(Uploads uploads, MyUploads mine, MessageSource messages) {
        this.uploads = uploads;
        this.mine = mine;
        this.messages = messages;
    }

    @GetMapping("/upload")
    public String page(@AuthenticationPrincipal UserAccount user, Locale locale, Model model) {
        model.addAttribute("channels", uploads.channelsFor(user.reader()).stream()
                .map(c -> new Choice(c.name(), Texts.bilingual(locale, c.label()))).toList());
        model.addAttribute("uploads", mine.of(user.reader(), locale));
        return "upload";
    }

    public record Choice(String id, String label) {
    }

    @PostMapping("/upload")
    public String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                         @RequestParam(value = "channel", required = false) String channel,
                         @AuthenticationPrincipal UserAccount user, Locale locale, RedirectAttributes flash)
            throws IOException {
        String target = uploads.channelOrDefault(channel);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            // No file chosen (a chosen empty file goes on, and intake quarantines it with its reason).
            Notice.error(flash, messages.getMessage("upload.noFile", null, locale));
            return "redirect:/upload";
        }
        if (!uploads.mayUse(user.reader(), target)) {
            Notice.error(flash, messages.getMessage("upload.badChannel", null, locale));
            return "redirect:/upload";
        }
        IntakeResult result = uploads.submit(file, target, user.reader());
        Document doc = result.document().orElseThrow();
        String outcome = result.outcome().name();
        flash.addFlashAttribute("result", new Result(doc.id(), outcome,
                messages.getMessage("upload.outcome." + outcome, new Object[]{doc.id()}, locale), doc.duplicateOf(),
                result.reason().map(r -> r.code().japanese()).orElse(null),
                result.reason().map(r -> r.code().english()).orElse(null)));
        return "redirect:/upload";
    }
}
