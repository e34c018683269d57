package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.page.MenuPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** CM020 業務メニュー. */
@Controller
@ResponseBody
class MenuScreen {

    private final Faults faults;

    MenuScreen(Faults faults) {
        this.faults = faults;
    }

    @GetMapping("/menu.do")
    HtmlPage menu(@RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        faults.hit(FaultPoint.MENU);
        return MenuPage.render(clerk.user(), clerk.token(), Ledgers.all());
    }
}
