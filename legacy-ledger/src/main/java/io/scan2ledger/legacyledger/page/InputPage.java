package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.Entry;
import io.scan2ledger.legacyledger.ledger.Era;
import io.scan2ledger.legacyledger.ledger.Field;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Repeat;
import java.util.List;

/** xx010 入力: the ledger's items, the error messages of the last 確認, and the children rows. */
public final class InputPage {

    private InputPage() {
    }

    public static HtmlPage render(LedgerForm form, Entry entry, String user, String token) {
        Html h = new Html().messages(entry.errors(), null)
                .raw("<font size=\"2\">※は必須項目です。</font>\n")
                .form("frmNyuryoku", "/" + form.id() + "/confirm.do", token)
                .itemTable();
        for (Field field : form.fields()) {
            h.labelCell(field.label(), field.required()).raw("<td>");
            control(h, field, entry);
            h.raw("</td></tr>\n");
        }
        h.raw("</table>\n");
        form.repeat().ifPresent(r -> rows(h, r, entry));
        h.raw("<br>\n<table width=\"760\" border=\"0\"><tr><td align=\"center\">").submit("btnKakunin", "確　認")
                .raw("&nbsp;&nbsp;<input type=\"reset\" name=\"btnClear\" id=\"btnClear\" value=\"クリア\" style=\"width:100px\">")
                .raw("</td></tr></table>\n</form>\n");
        menuLink(h);
        return new HtmlPage(form.code() + "010", form.title() + "　入力", user, h.toString());
    }

    static void menuLink(Html h) {
        h.raw("<br><font size=\"2\">").link("lnkMenu", "/menu.do", "メニューへ戻る").raw("</font>\n");
    }

    private static void rows(Html h, Repeat repeat, Entry entry) {
        h.raw("<br>\n<table width=\"760\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" bordercolor=\"#999999\">\n")
                .raw("<tr bgcolor=\"#DDEEFF\"><td width=\"60\"><font size=\"2\">").text(repeat.title()).raw("</font></td>");
        repeat.columns().forEach(c -> h.raw("<td><font size=\"2\">").text(c.label()
                + (c.kind() == Field.Kind.PAST_SLASH_DATE ? "（yyyy/mm/dd）" : "")).raw("</font></td>"));
        h.raw("</tr>\n");
        for (int n = 1; n <= repeat.rows(); n++) {
            h.raw("<tr><td><font size=\"2\">").text(repeat.title() + n).raw("</font></td>");
            for (Field field : repeat.row(n)) {
                h.raw("<td>");
                control(h, field, entry);
                h.raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void control(Html h, Field field, Entry entry) {
        boolean error = entry.errorFields().contains(field.id());
        List<String> names = field.inputNames();
        if (field.eraDate()) {
            h.select(names.get(0), Era.CHOICES, value(entry, names.get(0)), error);
            String[] units = {"年", "月", "日"};
            for (int i = 0; i < 3; i++) {
                h.textBox(names.get(i + 1), value(entry, names.get(i + 1)), 2, 2, error).text(units[i]);
            }
            return;
        }
        switch (field.kind()) {
            case SELECT -> h.select(field.inputName(), field.choices(), entry.input(field), error);
            case RADIO -> h.radios(field.inputName(), field.choices(), entry.input(field));
            default -> {
                int maxLength = field.kind() == Field.Kind.COUNT ? 2 : field.size();
                h.textBox(field.inputName(), entry.input(field), Math.min(maxLength + 2, 60), maxLength, error);
            }
        }
    }

    private static String value(Entry entry, String name) {
        return entry.inputs().getOrDefault(name, "");
    }
}
