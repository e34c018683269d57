package io.scan2ledger.web.review;

import io.scan2ledger.access.Reader;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.review.ReviewRefused;
import io.scan2ledger.review.ReviewService;
import io.scan2ledger.web.api.ApiErrors;
import io.scan2ledger.web.api.Revalidated;
import io.scan2ledger.web.security.UserAccount;
import io.scan2ledger.web.site.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /review/{id}}: the document page and what a supervisor does there. Every action posts a
 * form and redirects (works without JavaScript); a correction or confirmation sent by the page's
 * script gets the re-validated fields as JSON instead, so the page updates without a reload.
 */
@Controller
@RequestMapping("/review/{id}")
public class DocumentController {

    private final DocumentScreens screens;
    private final ReviewService review;
    private final RevealedNumbers revealed;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    public DocumentController(DocumentScreens screens, ReviewService review, RevealedNumbers revealed,
                              ApplicationEventPublisher events, MessageSource messages) {
        this.screens = screens;
        this.review = review;
        this.revealed = revealed;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping
    public String page(@PathVariable long id, @AuthenticationPrincipal UserAccount user, Locale locale, Model model) {
        model.addAttribute("doc", screens.open(id, user.reader(), locale));
        return "document";
    }

    @PostMapping(path = "/fields/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> correctFromScript(@PathVariable long id, @PathVariable String name,
                                               @RequestParam(defaultValue = "") String value,
                                               @AuthenticationPrincipal UserAccount user) {
        try {
            review.correct(id, name, value, user.reader());
            return ResponseEntity.ok(Revalidated.of(review, id, user.reader()));
        } catch (ReviewRefused e) {
            return ApiErrors.refusal(e);
        }
    }

    @PostMapping("/fields/{name}")
    public String correct(@PathVariable long id, @PathVariable String name,
                          @RequestParam(defaultValue = "") String value, @AuthenticationPrincipal UserAccount user,
                          Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            review.correct(id, name, value, user.reader());
            Notice.ok(flash, text("notice.corrected", locale));
            return document(id) + "#" + DocumentScreens.inputId(name);
        });
    }

    /** Confirms a flagged field from the page's script (Enter on an unchanged flagged field). */
    @PostMapping(path = "/fields/{name}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> confirmFromScript(@PathVariable long id, @PathVariable String name,
                                               @AuthenticationPrincipal UserAccount user) {
        try {
            requireSeen(id, name, user.reader());
            review.confirm(id, name, user.reader());
            return ResponseEntity.ok(Revalidated.of(review, id, user.reader()));
        } catch (ReviewRefused e) {
            return ApiErrors.refusal(e);
        }
    }

    /** The 確認 button without the script. */
    @PostMapping("/fields/{name}/confirm")
    public String confirm(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal UserAccount user,
                          Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            requireSeen(id, name, user.reader());
            review.confirm(id, name, user.reader());
            Notice.ok(flash, text("notice.confirmed", locale));
            return document(id) + "#" + DocumentScreens.inputId(name);
        });
    }

    @PostMapping("/approve")
    public String approve(@PathVariable long id, @AuthenticationPrincipal UserAccount user, Locale locale,
                          RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            if (review.approve(id, user.reader()) == DocumentState.APPROVED) {
                Notice.ok(flash, text("notice.approved", locale, id));
                return "redirect:/review";
            }
            Notice.ok(flash, text("notice.awaitingSecond", locale));
            return document(id);
        });
    }

    @PostMapping("/reject")
    public String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                         @AuthenticationPrincipal UserAccount user, Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            review.reject(id, reason, user.reader());
            Notice.ok(flash, text("notice.rejected", locale, id));
            return "redirect:/review";
        });
    }

    @PostMapping("/form")
    public String chooseForm(@PathVariable long id, @RequestParam(defaultValue = "") String form,
                             @AuthenticationPrincipal UserAccount user, Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            review.chooseForm(id, form, user.reader());
            events.publishEvent(new FormChosen(id));
            Notice.ok(flash, text("notice.formChosen", locale, id));
            return "redirect:/review";
        });
    }

    /** Shows one My Number in full for the rest of this session (audited by the service). */
    @PostMapping("/reveal/{name}")
    public String reveal(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal UserAccount user,
                         Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            review.revealMyNumber(id, name, user.reader());
            revealed.add(id, name);
            return document(id) + "#" + DocumentScreens.inputId(name);
        });
    }

    @PostMapping("/dv")
    public String protect(@PathVariable long id, @RequestParam(defaultValue = "true") boolean protect,
                          @AuthenticationPrincipal UserAccount user, Locale locale, RedirectAttributes flash) {
        Reader reader = user.reader();
        return act(id, flash, locale, () -> {
            review.setDvProtected(id, protect, reader);
            Notice.ok(flash, text(protect ? "notice.dvProtected" : "notice.dvUnprotected", locale, id));
            // An admin without the DV right no longer sees what they just protected.
            return protect && !reader.dvAccess() ? "redirect:/review" : document(id);
        });
    }

    /**
     * Confirming means having looked: on the page, a My Number still hidden in this session is
     * revealed (and audited) first. The API shows none in full, so there it is the caller's word.
     */
    private void requireSeen(long id, String name, Reader reader) {
        boolean hidden = review.fields(id, reader).stream()
                .anyMatch(f -> f.name().equals(name) && MyNumberMask.applies(f)) && !revealed.has(id, name);
        if (hidden) {
            throw new ReviewRefused("REVEAL_FIRST", "個人番号を表示してから確認してください。",
                    "Reveal the My Number before confirming it.");
        }
    }

    /** Runs an action; a refusal (invalid fields, no reason...) comes back to the page as a message. */
    private String act(long id, RedirectAttributes flash, Locale locale, Supplier<String> action) {
        try {
            return action.get();
        } catch (ReviewRefused e) {
            if ("FORBIDDEN".equals(e.code())) {
                throw e;
            }
            Notice.error(flash, Texts.pick(locale, e.ja(), e.en()));
            return document(id);
        }
    }

    private static String document(long id) {
        return "redirect:/review/" + id;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
