package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.LedgerForm;
import java.util.List;

/** CM020 業務メニュー. */
public final class MenuPage {

    private MenuPage() {
    }

    public static HtmlPage render(String user, String token, List<LedgerForm> ledgers) {
        Html h = new Html()
                .raw("<table width=\"760\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" bordercolor=\"#999999\">\n")
                .raw("<tr><td bgcolor=\"#DDEEFF\"><font size=\"2\"><b>業務メニュー</b></font></td></tr>\n");
        for (LedgerForm l : ledgers) {
            h.raw("<tr><td><font size=\"2\">■ ").link(l.menuLink(), "/" + l.id() + "/input.do", l.title() + " 登録")
                    .raw("</font></td></tr>\n");
        }
        h.raw("<tr><td><font size=\"2\">■ ").link("lnkKensaku", "/search.do", "台帳検索").raw("</font></td></tr>\n</table>\n<br>\n")
                .form("frmLogout", "/logout.do", token).submit("btnLogout", "ログアウト").raw("\n</form>\n");
        return new HtmlPage("CM020", "業務メニュー", user, h.toString());
    }
}
