package io.scan2ledger.legacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.legacyledger.ledger.Field;
import io.scan2ledger.legacyledger.ledger.LedgerForm;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.page.DetailPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bots' YAML is written from the README: every element a screen renders must be listed there. */
class ReadmeTest {

    @Test
    void everyElementIdIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> ids = new ArrayList<>(List.of("spnGamenId", "tdErrMsg", "tdInfoMsg", "hdnToken", "lnkMenu",
                "lnkLogin", "frmLogin", "txtUserId", "txtPassword", "btnLogin", "lnkKensaku", "frmLogout",
                "btnLogout", "frmNyuryoku", "btnKakunin", "btnClear", "frmKakunin", "btnToroku", "frmModoru",
                "btnModoru", "spnDaichoNo", "spnUketsukeNo", "lnkZokko", "frmKensaku", "selDaicho", "btnKensaku",
                "spnKensu", "tblKekka", "tdDaichoNo1", "tdUketsukeNo1", "tdShimei1", "tdTorokuNichiji1", "lnkShokai1",
                "dspTorokuUser", "dspTorokuNichiji"));
        for (LedgerForm form : Ledgers.all()) {
            ids.add(form.menuLink());
            for (Field field : form.allFields()) {
                ids.addAll(field.inputNames());
                ids.add(field.confirmId());
                ids.add(DetailPage.detailId(field));
                field.choices().stream().filter(c -> field.kind() == Field.Kind.RADIO)
                        .forEach(c -> ids.add(field.inputName() + c.code()));
            }
        }
        assertThat(ids).allSatisfy(id -> assertThat(readme).as(id).contains("`" + id + "`"));
    }
}
