package io.scan2ledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scan2ledger.batch.BotRoster;
import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.support.Home;
import io.scan2ledger.templates.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Web bots are wired at start-up only if every field their definitions name is in the form's template. */
class WebBotWiringTest {

    @TempDir
    Path home;

    @Test
    void theBundledDefinitionsFitTheirTemplates() {
        BotRoster roster = roster(null);
        assertThat(roster.botCount()).isEqualTo(2);
    }

    @Test
    void aTypoInAFieldNameStopsStartUpNamingTheFileAndPath() throws IOException {
        Path definitions = Files.createDirectories(home.resolve("ledgers"));
        String yaml = Files.readString(Path.of("..", "bots", "ledgers", "jumin-ido-web.yaml"));
        Files.writeString(definitions.resolve("jumin-ido-web.yaml"),
                yaml.replace("value: \"${newAddress}\"", "value: \"${newAdress}\""));
        Files.copy(Path.of("..", "bots", "ledgers", "jidou-teate-web.yaml"), definitions.resolve("jidou-teate-web.yaml"));
        assertThatThrownBy(() -> roster(definitions)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jumin-ido-web.yaml: key[19].fill.value: '${newAdress}' is not a field of"
                        + " template jumin-ido (did you mean 'newAddress'?)");
    }

    private BotRoster roster(Path definitions) {
        BotsProperties bots = new BotsProperties(List.of(new BotsProperties.WebBot("jidou-teate-web"),
                new BotsProperties.WebBot("jumin-ido-web")), definitions, null, null, null, null, null, null);
        MockEnvironment env = new MockEnvironment().withProperty("LEDGER_USER", "rpa-bot")
                .withProperty("LEDGER_PASSWORD", "secret");
        return new BatchConfiguration().botRoster(bots, new Home(home), env, new Scan2LedgerProperties(home, null),
                Clock.systemUTC(), new DefaultListableBeanFactory().getBeanProvider(AtomicWriter.class),
                TemplateCatalog.bundled());
    }
}
