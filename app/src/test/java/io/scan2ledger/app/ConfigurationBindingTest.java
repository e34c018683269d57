package io.scan2ledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import io.scan2ledger.templates.postal.PostalFile;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented keys of application.yaml bind to what the code expects. */
class ConfigurationBindingTest {

    private static Binder binder(String... files) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        for (String file : files) {
            new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
                    .forEach(env.getPropertySources()::addFirst);
        }
        return Binder.get(env);
    }

    @Test
    void minutesPerFormBindForEffectMetering() throws IOException {
        BotsProperties bots = binder("application.yaml").bind("scan2ledger.bots", BotsProperties.class).get();
        assertThat(bots.minutesPerForm()).containsEntry("jumin-ido", 12.0).containsEntry("hoiku-moushikomi", 20.0);
        assertThat(bots.web()).isEmpty();
    }

    @Test
    void theDemoProfileAddsTheThreeKindsOfBots() throws IOException {
        BotsProperties bots = binder("application.yaml", "application-demo.yaml").bind("scan2ledger.bots",
                BotsProperties.class).get();
        assertThat(bots.web()).extracting(BotsProperties.WebBot::id).containsExactly("jidou-teate-web", "jumin-ido-web");
        assertThat(bots.excel()).singleElement().satisfies(x -> assertThat(x.columns()).containsEntry("name", "保護者氏名"));
        assertThat(bots.fixedWidth()).singleElement().satisfies(f -> assertThat(f.layout().recordLength()).isEqualTo(120));
        assertThat(bots.minutesPerForm()).containsEntry("jidou-teate", 15.0);
    }

    @Test
    void thePostalFileDefaultsToTheLaunchersCache() throws IOException {
        PostalProperties postal = binder("application.yaml").bindOrCreate("scan2ledger.postal", PostalProperties.class);
        assertThat(postal.file()).isEqualTo(PostalFile.location());
    }
}
