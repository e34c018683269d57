package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.page.SearchPage;
import io.scan2ledger.legacyledger.store.LedgerStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

/** CM030 台帳検索. */
@Controller
@ResponseBody
class SearchScreen {

    private final LedgerStore store;
    private final Faults faults;

    SearchScreen(LedgerStore store, Faults faults) {
        this.store = store;
        this.faults = faults;
    }

    @GetMapping("/search.do")
    HtmlPage page(@RequestAttribute(ClerkSession.KEY) ClerkSession clerk) {
        faults.hit(FaultPoint.SEARCH);
        SearchPage.Criteria none = new SearchPage.Criteria(Ledgers.all().get(0).id(), "", "", null);
        return SearchPage.render(none, List.of(), clerk.user(), clerk.token());
    }

    @PostMapping("/search.do")
    HtmlPage search(@RequestAttribute(ClerkSession.KEY) ClerkSession clerk, HttpServletRequest request) {
        faults.hit(FaultPoint.SEARCH);
        String ledgerId = Submitted.value(request, "selDaicho");
        String uketsukeNo = Submitted.value(request, "txtUketsukeNo");
        String shimei = Submitted.value(request, "txtShimei");
        Optional<LedgerForm> form = Ledgers.find(ledgerId);
        String error = form.isEmpty() ? "台帳を選択してください。"
                : uketsukeNo.isEmpty() && shimei.isEmpty() ? "受付番号または氏名を入力してください。" : null;
        SearchPage.Criteria asked = new SearchPage.Criteria(ledgerId, uketsukeNo, shimei,
                error == null ? store.search(form.get(), uketsukeNo, shimei) : null);
        return SearchPage.render(asked, error == null ? List.of() : List.of(error), clerk.user(), clerk.token());
    }
}
