package io.scan2ledger.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.scan2ledger.batch.BotRoster;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.web.admin.TemplatesController;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.ui.ExtendedModelMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fifth form without a rebuild: a template folder holding only the new form is laid over the
 * bundled four, whose reference lists stay; the demo's bots key the four, so the fifth is named at
 * start-up (and on the forms page) as a form whose approved documents would reach no ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class TemplateFoldersEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-layer-");
    static final Path FORMS = IntakeH2EndToEndTest.tempHome("s2l-forms-");
    /** A second folder, empty: the key takes a comma-separated list. */
    static final Path MORE_FORMS = IntakeH2EndToEndTest.tempHome("s2l-forms-more-");
    static final String FIFTH = "inkan-touroku";

    @Autowired
    Templates templates;
    @Autowired
    BotRoster roster;
    @Autowired
    TemplatesController formsPage;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        // The bundled jumin-ido under a new id and form code: it names the bundled address master
        // (rules.places) and its names are repaired with the bundled name dictionaries.
        String yaml = Files.readString(Path.of("..", "ocr-templates", "jumin-ido", "template.yaml"))
                .replace("id: jumin-ido", "id: " + FIFTH).replace("S2L-JI-01", "S2L-IK-75");
        Files.createDirectories(FORMS.resolve(FIFTH));
        Files.writeString(FORMS.resolve(FIFTH).resolve("template.yaml"), yaml);
        IntakeEndToEndTest.fastIntake(HOME, registry);
        registry.add("scan2ledger.extraction.templates", () -> FORMS + "," + MORE_FORMS);
    }

    @Test
    void aFolderWithOneNewFormAddsItToTheBundledFour() {
        assertThat(templates.all()).extracting(FormTemplate::id).containsExactly("hoiku-moushikomi", "jidou-teate",
                "jumin-ido", "kouza-furikae", FIFTH);
        assertThat(templates.referenceRows("family-names")).isNotEmpty();
        assertThat(templates.referenceRows("given-names")).isNotEmpty();
        assertThat(templates.reference("addresses")).isNotEmpty();
    }

    @Test
    void theFormNoBotKeysIsWarnedOfAtStartUpAndMarkedOnTheFormsPage() {
        // The start-up check, run again on the started app's roster and forms, with its log captured.
        Logger logger = (Logger) LoggerFactory.getLogger(BatchConfiguration.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            assertThat(BatchConfiguration.warnOfDeadEnds(roster, templates)).containsExactly(FIFTH);
        } finally {
            logger.detachAppender(captured);
        }
        assertThat(captured.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).startsWith("bots.no-keying-target form=" + FIFTH + " ");
        });

        ExtendedModelMap model = new ExtendedModelMap();
        formsPage.list(Locale.JAPANESE, model);
        @SuppressWarnings("unchecked")
        List<TemplatesController.Form> forms = (List<TemplatesController.Form>) model.get("forms");
        assertThat(forms).filteredOn(f -> !f.keyed()).extracting(TemplatesController.Form::id).containsExactly(FIFTH);
    }
}
