package io.scan2ledger.web.review;

import io.scan2ledger.access.Role;
import io.scan2ledger.web.security.UserAccount;
import io.scan2ledger.web.upload.MyUploads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** {@code /review}: the exception queue. Clerks see their channels' documents, read-only, and their uploads. */
@Controller
public class QueueController {

    private final ReviewQueue queue;
    private final MyUploads uploads;

    public QueueController(ReviewQueue queue, MyUploads uploads) {
        this.queue = queue;
        this.uploads = uploads;
    }

    @GetMapping("/review")
    public String queue(@RequestParam(required = false) String form, @RequestParam(required = false) String channel,
                        @RequestParam(required = false) String reason, @RequestParam(required = false) String sort,
                        @AuthenticationPrincipal UserAccount user, Locale locale, Model model) {
        var filter = new Queue.Filter(form, channel, reason, "newest".equals(sort));
        model.addAttribute("queue", queue.load(user.reader(), filter, locale));
        boolean reviewer = user.reader().has(Role.SUPERVISOR);
        model.addAttribute("reviewer", reviewer);
        if (!reviewer) {
            model.addAttribute("uploads", uploads.of(user.reader(), locale));
        }
        return "queue";
    }
}
