package io.scan2ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.bots.web.BotDefinitions;
import io.scan2ledger.bots.web.BrowserSettings;
import io.scan2ledger.bots.web.WebBotSettings;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.legacyledger.LegacyLedger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bot try}: one record through a web bot, each step with its time, into the embedded legacy ledger. */
class BotTryCommandTest {

    @TempDir
    Path work;

    @Test
    void printsEveryStepWithItsTimeThenTheOutcomeAndNeverKeysTwice() {
        try (LegacyLedger ledger = LegacyLedger.start()) {
            WebBotSettings settings = WebBotSettings.of(Map.of("LEDGER_URL", ledger.baseUrl(), "LEDGER_USER", "rpa-bot",
                    "LEDGER_PASSWORD", "rpa-demo")).withBrowser(BrowserSettings.defaults().withWorkDir(work));
            String dry = run(settings, true);
            assertThat(dry).startsWith("0:").contains("WouldKey").contains("login ").contains("find ")
                    .containsPattern("key +fill txtUketsukeNo … .* \\d+ ms").doesNotContain("verify ");
            assertThat(ledger.records("jidou-teate")).isEmpty();

            String keyed = run(settings, false);
            assertThat(keyed).startsWith("0:").contains("Keyed[ledgerRef=JT-")
                    .containsPattern("verify +fetch /jidou-teate/detail\\.do\\?no=\\$\\{ledgerRef\\|urlencode\\} +\\d+ ms")
                    .doesNotContain("山田", "0012345");
            assertThat(run(settings, false)).startsWith("0:").contains("AlreadyPresent[ledgerRef=JT-");
            assertThat(ledger.records("jidou-teate")).hasSize(1);
        }
    }

    private String run(WebBotSettings settings, boolean dryRun) {
        Map<String, String> v = new LinkedHashMap<>(Map.of("kana", "ヤマダ ハナコ", "name", "山田 花子",
                "birthDate", "1990-05-14", "address", "東京都緑ヶ丘区若葉町1-2-3", "myNumber", "123456789018",
                "bankCode", "0005", "branchCode", "123", "accountType", "普通", "accountNumber", "0012345",
                "accountHolderKana", "ヤマダ ハナコ"));
        v.put("children[0].name", "山田 一郎");
        v.put("children[0].birthDate", "2019-06-01");
        LedgerRecord record = new LedgerRecord("S2L-000777", 777, "jidou-teate", v);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int code = BotTry.run(BotDefinitions.bundled().byId("jidou-teate-web").orElseThrow(), record, settings,
                    work.resolve("evidence"), dryRun, out);
            return code + ":" + bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
