package io.scan2ledger.legacyledger.page;

import java.util.List;

/** CM010 ログイン. */
public final class LoginPage {

    private LoginPage() {
    }

    public static HtmlPage render(String token, List<String> errors, String notice) {
        Html h = new Html().messages(errors, notice)
                .form("frmLogin", "/login.do", token)
                .raw("<table width=\"400\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" bordercolor=\"#999999\">\n")
                .labelCell("ユーザーID", false).raw("<td>").textBox("txtUserId", "", 20, 20, false).raw("</td></tr>\n")
                .labelCell("パスワード", false)
                .raw("<td><input type=\"password\" name=\"txtPassword\" id=\"txtPassword\" size=\"20\" maxlength=\"20\"></td></tr>\n")
                .raw("<tr><td colspan=\"2\" align=\"center\">").submit("btnLogin", "ログイン").raw("</td></tr>\n</table>\n</form>\n");
        return new HtmlPage("CM010", "ログイン", null, h.toString());
    }
}
