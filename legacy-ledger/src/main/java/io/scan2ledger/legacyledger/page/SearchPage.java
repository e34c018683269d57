package io.scan2ledger.legacyledger.page;

import io.scan2ledger.legacyledger.ledger.Choice;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.store.SearchHit;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** CM030 台帳検索: by 受付番号 (exact) and/or 氏名 (part); lists 台帳番号 so a bot never keys twice. */
public final class SearchPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    /** What was asked; {@code hits} is null before the first search. */
    public record Criteria(String ledgerId, String uketsukeNo, String shimei, List<SearchHit> hits) {
    }

    private SearchPage() {
    }

    public static HtmlPage render(Criteria c, List<String> errors, String user, String token) {
        List<Choice> ledgers = Ledgers.all().stream().map(l -> new Choice(l.id(), l.title())).toList();
        Html h = new Html().messages(errors, c.hits() != null && c.hits().isEmpty() ? "該当するデータはありません。" : null)
                .form("frmKensaku", "/search.do", token).itemTable()
                .labelCell("台帳", true).raw("<td>").select("selDaicho", ledgers, c.ledgerId(), false).raw("</td></tr>\n")
                .labelCell("受付番号", false).raw("<td>").textBox("txtUketsukeNo", c.uketsukeNo(), 22, 20, false)
                .raw("<font size=\"2\">（完全一致）</font></td></tr>\n")
                .labelCell("氏名", false).raw("<td>").textBox("txtShimei", c.shimei(), 32, 30, false)
                .raw("<font size=\"2\">（部分一致）</font></td></tr>\n</table>\n<br>\n")
                .submit("btnKensaku", "検　索").raw("\n</form>\n");
        if (c.hits() != null) {
            hits(h, c.ledgerId(), c.hits());
        }
        InputPage.menuLink(h);
        return new HtmlPage("CM030", "台帳検索", user, h.toString());
    }

    private static void hits(Html h, String ledgerId, List<SearchHit> hits) {
        h.raw("<br><font size=\"2\">検索結果：<span id=\"spnKensu\">").text(String.valueOf(hits.size()))
                .raw("</span>件</font>\n<table id=\"tblKekka\" width=\"760\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" bordercolor=\"#999999\">\n")
                .raw("<tr bgcolor=\"#DDEEFF\"><td><font size=\"2\">No.</font></td><td><font size=\"2\">台帳番号</font></td>")
                .raw("<td><font size=\"2\">受付番号</font></td><td><font size=\"2\">氏名</font></td><td><font size=\"2\">登録日時</font></td></tr>\n");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            int n = i + 1;
            h.raw("<tr id=\"trKekka" + n + "\"><td><font size=\"2\">" + n + "</font></td>");
            // The 台帳番号 opens CM040 照会.
            h.raw("<td id=\"tdDaichoNo" + n + "\"><font size=\"2\">")
                    .link("lnkShokai" + n, "/" + ledgerId + "/detail.do?no=" + hit.daichoNo(), hit.daichoNo())
                    .raw("</font></td>");
            cell(h, "tdUketsukeNo" + n, hit.uketsukeNo());
            cell(h, "tdShimei" + n, hit.shimei());
            cell(h, "tdTorokuNichiji" + n, WHEN.format(hit.torokuNichiji()));
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void cell(Html h, String id, String value) {
        h.raw("<td id=\"" + id + "\"><font size=\"2\">").text(value).raw("</font></td>");
    }
}
