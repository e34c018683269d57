package io.scan2ledger.web.review;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A one-line message shown after a redirect (in the page's live region): {@code ok} or {@code error}. */
public record Notice(String kind, String text) {

    public static final String ATTRIBUTE = "notice";

    public static void ok(RedirectAttributes flash, String text) {
        flash.addFlashAttribute(ATTRIBUTE, new Notice("ok", text));
    }

    public static void error(RedirectAttributes flash, String text) {
        flash.addFlashAttribute(ATTRIBUTE, new Notice("error", text));
    }
}
