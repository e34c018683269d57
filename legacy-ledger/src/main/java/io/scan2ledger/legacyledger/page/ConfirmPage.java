package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.Entry;
import io.scan2ledger.legacyledger.ledger.Field;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import java.util.List;

/** xx020 確認: the values as they will be stored; 登録 registers them, 戻る returns to the input. */
public final class ConfirmPage {

    private ConfirmPage() {
    }

    public static HtmlPage render(LedgerForm form, Entry entry, String user, String token) {
        Html h = new Html().messages(List.of(), "以下の内容で登録します。よろしければ「登録」ボタンを押してください。")
                .itemTable();
        for (Field field : form.allFields()) {
            String shown = field.display(entry.inputs());
            if (field.row() == 0 || !shown.isEmpty()) {
                h.labelCell(field.label(), false).raw("<td><font size=\"2\"><span id=\"").raw(field.confirmId())
                        .raw("\">").text(shown).raw("</span></font></td></tr>\n");
            }
        }
        h.raw("</table>\n<br>\n<table width=\"760\" border=\"0\"><tr><td align=\"center\">\n")
                .form("frmKakunin", "/" + form.id() + "/register.do", token).submit("btnToroku", "登　録")
                .raw("\n</form>\n</td><td align=\"center\">\n")
                .form("frmModoru", "/" + form.id() + "/back.do", token).submit("btnModoru", "戻　る")
                .raw("\n</form>\n</td></tr></table>\n");
        return new HtmlPage(form.code() + "020", form.title() + "　確認", user, h.toString());
    }
}
