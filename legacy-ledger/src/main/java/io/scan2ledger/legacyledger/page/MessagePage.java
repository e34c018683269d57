package io.scan2ledger.legacyledger.page;

import java.util.List;

/** CM900: the old system's error screen (system error, service stopped, invalid transition...). */
public final class MessagePage {

    private MessagePage() {
    }

    public static HtmlPage render(String title, String message, String user) {
        Html h = new Html().messages(List.of(message), null);
        if (user == null) {
            h.raw("<br><font size=\"2\">").link("lnkLogin", "/login.do", "ログイン画面へ").raw("</font>\n");
        } else {
            InputPage.menuLink(h);
        }
        return new HtmlPage("CM900", title, user, h.toString());
    }
}
