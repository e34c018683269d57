package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.Field;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CM040 照会: one registered entry as the ledger holds it — choices as their stored codes, dates as
 * {@code yyyy/MM/dd}, an empty or NULL item as an empty cell — each item in {@code dsp<item>}. This
 * is what a bot reads back to verify that what was stored is what it keyed.
 */
public final class DetailPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private DetailPage() {
    }

    /** The element id of an item on this screen. */
    public static String detailId(Field field) {
        return "dsp" + field.id();
    }

    public static HtmlPage render(LedgerForm form, String daichoNo, Optional<Map<String, Object>> row, String user) {
        Html h = new Html().messages(List.of(), row.isEmpty() ? "該当するデータはありません。" : null);
        if (row.isPresent()) {
            Map<String, Object> r = row.get();
            h.itemTable().labelCell("台帳番号", false).raw("<td><font size=\"2\"><span id=\"spnDaichoNo\">")
                    .text(daichoNo).raw("</span></font></td></tr>\n");
            for (Field field : form.allFields()) {
                cell(h, field.label(), detailId(field), shown(r.get(field.column())));
            }
            cell(h, "登録者", "dspTorokuUser", shown(r.get("TOROKU_USER")));
            cell(h, "登録日時", "dspTorokuNichiji", shown(r.get("TOROKU_NICHIJI")));
            h.raw("</table>\n");
        }
        h.raw("<br><font size=\"2\">").link("lnkKensaku", "/search.do", "検索へ戻る").raw("</font>\n");
        InputPage.menuLink(h);
        return new HtmlPage("CM040", form.title() + "　照会", user, h.toString());
    }

    private static void cell(Html h, String label, String id, String value) {
        h.labelCell(label, false).raw("<td><font size=\"2\"><span id=\"").raw(id).raw("\">").text(value)
                .raw("</span></font></td></tr>\n");
    }

    private static String shown(Object value) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return WHEN.format(t);
        }
        return value == null ? "" : value.toString();
    }
}
