package io.scan2ledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import io.scan2ledger.templates.postal.PostalFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    void templateFoldersAreNoneByDefaultOneOrAList() throws IOException {
        assertThat(binder("application.yaml").bind("scan2ledger.extraction", ExtractionProperties.class).get()
                .templates()).isEmpty();
        // A comma-separated value (the environment variable's form) and a YAML list bind alike.
        for (Map<String, Object> folders : List.<Map<String, Object>>of(
                Map.of("scan2ledger.extraction.templates", "/srv/forms, /srv/forms-2024"),
                Map.of("scan2ledger.extraction.templates[0]", "/srv/forms",
                        "scan2ledger.extraction.templates[1]", "/srv/forms-2024"))) {
            assertThat(extraction(folders).templates()).as("%s", folders)
                    .containsExactly(Path.of("/srv/forms"), Path.of("/srv/forms-2024"));
        }
        assertThat(extraction(Map.of("scan2ledger.extraction.templates", "/srv/forms")).templates())
                .containsExactly(Path.of("/srv/forms"));
    }

    private static ExtractionProperties extraction(Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return Binder.get(env).bind("scan2ledger.extraction", ExtractionProperties.class).get();
    }

    @Test
    void thePostalFileDefaultsToTheLaunchersCache() throws IOException {
        PostalProperties postal = binder("application.yaml").bindOrCreate("scan2ledger.postal", PostalProperties.class);
        assertThat(postal.file()).isEqualTo(PostalFile.location());
    }
}
