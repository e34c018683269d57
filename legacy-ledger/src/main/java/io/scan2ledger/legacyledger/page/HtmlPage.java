package io.scan2ledger.legacyledger.page;

/**
 * One screen of the old system, framed the way all of its screens are: a navy title bar, the
 * screen id ({@code spnGamenId}) the bots use to know where they are, fixed 760px tables.
 *
 * @param screenId e.g. {@code JT010}
 * @param user     the logged-in user, or null
 */
public record HtmlPage(String screenId, String title, String user, String body) {

    public String html() {
        return """
                <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
                <html lang="ja">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
                <meta http-equiv="Pragma" content="no-cache">
                <title>%1$s - 台帳管理システム</title>
                </head>
                <body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#0000CC">
                <table width="760" border="0" cellspacing="0" cellpadding="3">
                <tr bgcolor="#003366"><td width="560"><font color="#FFFFFF" size="4"><b>○○区 台帳管理システム</b></font></td>
                <td width="200" align="right"><font color="#FFFFFF" size="2">%2$s</font></td></tr>
                <tr bgcolor="#CCCCCC"><td><font size="2"><b>%1$s</b></font></td>
                <td align="right"><font size="2">画面ID：<span id="spnGamenId">%3$s</span></font></td></tr>
                </table>
                <br>
                %4$s
                <br>
                <hr width="760" align="left" size="1" noshade>
                <font size="1" color="#666666">Copyright(C) 2004 ○○区役所 情報システム課　推奨環境：Internet Explorer 6.0 / 1024×768</font>
                </body>
                </html>
                """.formatted(Html.esc(title), user == null ? "" : "利用者：" + Html.esc(user), screenId, body);
    }
}
