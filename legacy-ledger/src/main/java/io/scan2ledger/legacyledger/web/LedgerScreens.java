package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.Entry;
import io.scan2ledger.legacyledger.ledger.EntryCheck;
import io.scan2ledger.legacyledger.ledger.Field;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.page.CompletionPage;
import io.scan2ledger.legacyledger.page.ConfirmPage;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.page.InputPage;
import io.scan2ledger.legacyledger.store.LedgerStore;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** xx010 入力 → xx020 確認 → xx030 完了, the same for each ledger. */
@Controller
@ResponseBody
class LedgerScreens {

    private static final Logger log = LoggerFactory.getLogger(LedgerScreens.class);

    private final EntryCheck check;
    private final LedgerStore store;
    private final Faults faults;

    LedgerScreens(EntryCheck check, LedgerStore store, Faults faults) {
        this.check = check;
        this.store = store;
        this.faults = faults;
    }

    @GetMapping("/{ledger}/input.do")
    HtmlPage input(@PathVariable String ledger, @RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        faults.hit(FaultPoint.INPUT);
        LedgerForm form = form(ledger);
        clerk.dropDraft(form.id());
        return InputPage.render(form, Entry.empty(), clerk.user(), clerk.token());
    }

    @PostMapping("/{ledger}/confirm.do")
    HtmlPage confirm(@PathVariable String ledger, @RequestAttribute(ClerkSession.KEY) ClerkSession clerk,
                     HttpServletRequest request) {
        faults.hit(FaultPoint.CONFIRM);
        LedgerForm form = form(ledger);
        Entry entry = check.check(form, Submitted.values(request));
        if (entry.valid()) {
            entry = refuseDuplicate(form, entry);
        }
        if (!entry.valid()) {
            log.info("{} entry refused with {} message(s)", form.id(), entry.errors().size());
            return InputPage.render(form, entry, clerk.user(), clerk.token());
        }
        clerk.keepDraft(form.id(), entry);
        return ConfirmPage.render(form, entry, clerk.user(), clerk.token());
    }

    @PostMapping("/{ledger}/back.do")
    HtmlPage back(@PathVariable String ledger, @RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        faults.hit(FaultPoint.INPUT);
        LedgerForm form = form(ledger);
        return InputPage.render(form, clerk.draft(form.id()).orElse(Entry.empty()), clerk.user(), clerk.token());
    }

    @PostMapping("/{ledger}/register.do")
    HtmlPage register(@PathVariable String ledger, @RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        LedgerForm form = form(ledger);
        Entry draft = clerk.draft(form.id()).orElseThrow(() -> new ScreenRefused(HttpStatus.BAD_REQUEST,
                "登録エラー", "登録するデータがありません。入力画面からやり直してください。"));
        String daichoNo;
        try {
            // The fault strikes inside the transaction, after the insert: a failed request stores nothing.
            // The corrupt fault stores some items wrong, as an old system's NULL trap or short column would.
            Entry stored = new Entry(draft.inputs(), faults.stored(draft.columns(), item -> columnOf(form, item)),
                    draft.errors(), draft.errorFields());
            daichoNo = store.register(form, stored, clerk.user(), () -> faults.hit(FaultPoint.REGISTER));
        } catch (DuplicateKeyException e) {
            return InputPage.render(form, refuseDuplicate(form, draft), clerk.user(), clerk.token());
        }
        clerk.dropDraft(form.id());
        log.info("{} registered {} by {}", form.id(), daichoNo, clerk.user());
        faults.afterCommit(FaultPoint.REGISTER);
        return CompletionPage.render(form, daichoNo, draft.input(receptionNo(form)), clerk.user());
    }

    private Entry refuseDuplicate(LedgerForm form, Entry entry) {
        Field field = receptionNo(form);
        String uketsukeNo = entry.input(field);
        return store.numberOf(form, uketsukeNo)
                .map(no -> entry.withError(field, "受付番号 " + uketsukeNo + " は既に登録されています。（台帳番号：" + no + "）"))
                .orElse(entry);
    }

    private static String columnOf(LedgerForm form, String item) {
        return form.allFields().stream().filter(f -> f.id().equals(item)).map(Field::column).findFirst().orElse(null);
    }

    private static Field receptionNo(LedgerForm form) {
        return form.field(LedgerForm.RECEPTION_NO);
    }

    static LedgerForm form(String id) {
        return Ledgers.find(id).orElseThrow(ScreenRefused::notFound);
    }
}
