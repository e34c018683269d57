package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.Noise;
import io.scan2ledger.templates.samples.FillStyles;
import io.scan2ledger.templates.samples.Split;
import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.certainty.CertaintyModel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certainty gate lets good work pass, not only stops bad: clean scans go straight through the
 * real app with the values on the paper. At the default budget (0.1 % of fields reaching a ledger
 * unseen) no scan of today's reader goes straight through (README, "How sure it is"); this app runs
 * at 5 %, one of the budgets the calibration file carries (scan2ledger.extraction.silent-budget).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StraightThroughEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-straight-");
    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);
    static final CertaintyModel CERTAINTY = CertaintyModel.of(CalibrationFile.bundled().atBudget(0.05), CATALOG.all(),
            "bundled");

    @LocalServerPort
    int port;
    @Autowired
    DocumentRepository documents;
    @Autowired
    ReadingRepository readings;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
        registry.add("scan2ledger.extraction.silent-budget", () -> "0.05");
    }

    /**
     * A clean scan whose every field is sure enough and passes its rules goes straight through, with
     * exactly the values on the paper, and shows its calibrated probabilities. These three are fixed
     * samples that do at a 5 % budget (calibration v4; the 児童手当 one with its boxed digits read by
     * the digit classifier)
     * ({@code bench accuracy --split seen --seed 0 --n 40 --noise none --dpi 300 --styles none
     * --budget 0.05 --verbose} lists them), to prove the gate lets good work pass, not only stops bad.
     */
    @Test
    void aCleanScanReadConfidentlyGoesStraightThroughWithTheValuesOnThePaper() throws Exception {
        ScanOptions clean300 = ScanOptions.typical().withFonts(Split.SEEN.fonts()).withNoise(Noise.NONE)
                .withDpis(List.of(300)).withStyles(FillStyles.NONE);
        for (Map.Entry<String, Integer> clean : Map.of("kouza-furikae", 7, "hoiku-moushikomi", 0, "jidou-teate", 33)
                .entrySet()) {
            FormTemplate form = CATALOG.byId(clean.getKey()).orElseThrow();
            Sample sample = GENERATOR.generate(form, clean.getValue(), clean300);
            Document doc = ReviewRoutingEndToEndTest.settled(documents,
                    ReviewRoutingEndToEndTest.drop(HOME, sample, OutputKind.PNG, "madoguchi", "clean"));
            assertThat(doc.formId()).isEqualTo(form.id());
            assertThat(doc.state()).as(form.id() + " " + ReviewRoutingEndToEndTest.problemsOfAll(readings, doc)).isEqualTo(DocumentState.VALIDATED);
            Map<String, String> read = readings.fields(doc.id()).stream()
                    .collect(Collectors.toMap(DocumentField::name, DocumentField::value));
            sample.expected().forEach((field, truth) -> assertThat(read.get(field)).as(field).isEqualTo(truth));

            // Through the API: it passed EXTRACTED on its way, and each field has its value, raw text,
            // confidence and box on the page.
            JsonNode view = new ApiClient(port).get("/api/documents/" + doc.id(), "supervisor", "supervisor-demo").body();
            assertThat(view.path("history").findValuesAsText("to")).contains("EXTRACTED", "VALIDATED");
            assertThat(view.path("fields")).hasSize(form.allFields().size()).allSatisfy(f -> {
                String truth = sample.expected().getOrDefault(f.path("name").asText(), "");
                // The API shows a My Number masked but for its last four digits.
                assertThat(f.path("value").asText()).isEqualTo(f.path("type").asText().equals("my-number")
                        ? "*".repeat(truth.length() - 4) + truth.substring(truth.length() - 4) : truth);
                // The calibrated probability, at or above what its type needs to skip review.
                assertThat(f.path("confidence").asDouble()).isGreaterThanOrEqualTo(Math.min(1.0,
                        CERTAINTY.threshold(f.path("type").asText())));
                assertThat(f.path("box").path("w").asDouble()).isPositive();
            });
        }
    }

}
