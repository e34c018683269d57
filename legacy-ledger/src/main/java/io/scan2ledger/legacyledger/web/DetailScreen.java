package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.page.DetailPage;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.store.LedgerStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** CM040 照会: one entry by 台帳番号, reached from the search results. */
@Controller
@ResponseBody
class DetailScreen {

    private final LedgerStore store;
    private final Faults faults;

    DetailScreen(LedgerStore store, Faults faults) {
        this.store = store;
        this.faults = faults;
    }

    @GetMapping("/{ledger}/detail.do")
    HtmlPage detail(@PathVariable String ledger, @RequestParam(name = "no", defaultValue = "") String daichoNo,
                    @RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        faults.hit(FaultPoint.DETAIL);
        LedgerForm form = LedgerScreens.form(ledger);
        return DetailPage.render(form, daichoNo, store.record(form, daichoNo), clerk.user());
    }
}
