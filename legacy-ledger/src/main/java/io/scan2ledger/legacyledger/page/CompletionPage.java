package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.LedgerForm;
import java.util.List;

/** xx030 完了: the 台帳番号 just given. */
public final class CompletionPage {

    private CompletionPage() {
    }

    public static HtmlPage render(LedgerForm form, String daichoNo, String uketsukeNo, String user) {
        Html h = new Html().messages(List.of(), "登録が完了しました。")
                .raw("<table width=\"400\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" bordercolor=\"#999999\">\n")
                .labelCell("台帳番号", false).raw("<td><font size=\"3\"><b><span id=\"spnDaichoNo\">").text(daichoNo)
                .raw("</span></b></font></td></tr>\n")
                .labelCell("受付番号", false).raw("<td><font size=\"2\"><span id=\"spnUketsukeNo\">").text(uketsukeNo)
                .raw("</span></font></td></tr>\n</table>\n<br><font size=\"2\">")
                .link("lnkZokko", "/" + form.id() + "/input.do", "続けて登録する").raw("</font>\n");
        InputPage.menuLink(h);
        return new HtmlPage(form.code() + "030", form.title() + "　完了", user, h.toString());
    }
}
