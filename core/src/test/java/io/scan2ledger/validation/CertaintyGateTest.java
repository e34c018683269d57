package io.scan2ledger.validation;

import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.certainty.TypeGroup;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.Source;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Problem;
import io.scan2ledger.review.ReviewPolicy;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.template.Zone;
import io.scan2ledger.testing.InMemoryDocuments;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The certainty gate in validation: the model's probability, what a doubt says, and what never passes. */
class CertaintyGateTest {

    static final FieldSpec NAME = new FieldSpec("name", "氏名", "Name", "name", new Zone(50, 60, 100, 10), 0,
            List.of(), null, true, null, null);
    static final FormTemplate FORM = new FormTemplate("moushikomi", 1, "申込書", "Application", "S2L-T-01",
            new Zone(150, 10, 40, 8), List.of("申込書"), 210, 297, List.of(), 5, 0.8, List.of(NAME), List.of(),
            List.of(), List.of());
    static final Templates TEMPLATES = new Templates() {
        @Override
        public List<FormTemplate> all() {
            return List.of(FORM);
        }

        @Override
        public Optional<FormTemplate> byId(String formId) {
            return FORM.id().equals(formId) ? Optional.of(FORM) : Optional.empty();
        }

        @Override
        public List<String> reference(String name) {
            return List.of();
        }
    };
    /** Two models agreeing: 0.995; disagreeing: 0.3. Names pass from 0.99. */
    static final CertaintyModel MODEL = CertaintyModel.of(new Calibration(1, "test", 0.001, Map.of("moushikomi", 1),
            Map.of(TypeGroup.NAME, new Calibration.Model(Map.of("bias", -2.0, "agree", 6.0), new double[]{-2, 4},
                    new double[]{0.3, 0.995})), Map.of("name", 0.99), Map.of()), TEMPLATES.all(), "test");
    static final Validator VALIDATOR = new Validator(FieldTypes.standard(), TEMPLATES, MODEL);

    static DocumentField read(String text, Evidence evidence) {
        return new DocumentField("name", "name", text, "", 0.97, 1, null, ReadMethod.OCR, List.of(), null, null,
                evidence);
    }

    static Evidence agreed() {
        return Evidence.single(0.97).withSecond(0.96, true).withSplit(Evidence.Split.SEEN);
    }

    @Test
    void aConfidentReadingTakesTheModelsProbabilityAndPasses() {
        Validator.Verdict verdict = VALIDATOR.validate(FORM, List.of(read("山田 太郎", agreed())), List.of());
        assertThat(verdict.straightThrough()).isTrue();
        assertThat(verdict.fields().get(0).confidence()).isEqualTo(0.995);
        assertThat(verdict.facts()).containsKey("name");
    }

    @Test
    void aDoubtSaysItsProbabilityAndWhyNeverAFixedLabel() {
        Evidence disagreed = Evidence.single(0.97).withSecond(0.95, false).withAlternative("出田 太郎")
                .withRepair(Evidence.Repair.MERGED);
        DocumentField field = VALIDATOR.validate(FORM, List.of(read("山田 太郎", disagreed)), List.of()).fields().get(0);
        assertThat(field.confidence()).isEqualTo(0.3);
        Problem doubt = field.problems().get(0);
        assertThat(doubt.code()).isEqualTo("LOW_CONFIDENCE");
        assertThat(doubt.ja()).contains("30.0%").contains("2つの読取モデルの結果が食い違っています").contains("組み合わせ");
        assertThat(doubt.en()).contains("30.0%").contains("two recognition models read it differently");
        assertThat(doubt.ja() + doubt.en()).as("no values in a problem's text").doesNotContain("山田", "出田");
    }

    @Test
    void aGuessedNameSplitIsFlaggedHoweverSureTheCharacters() {
        Evidence guessed = agreed().withSplit(Evidence.Split.GUESSED);
        Validator.Verdict verdict = VALIDATOR.validate(FORM, List.of(read("佐藤太 郎", guessed)), List.of());
        assertThat(verdict.straightThrough()).isFalse();
        assertThat(verdict.fields().get(0).problems()).extracting(Problem::code).contains("SPLIT_GUESSED");
    }

    @Test
    void aPersonsEntryIsExactAndNeedsNoCertainty() {
        DocumentField typed = new DocumentField("name", "name", "山田 太郎", "", 1.0, 1, null, ReadMethod.MANUAL,
                List.of(), "supervisor", Instant.now(), null);
        assertThat(new Validator(FieldTypes.standard(), TEMPLATES).validate(FORM, List.of(typed), List.of())
                .straightThrough()).isTrue();
    }

    @Test
    void aFormThatNeedsFourEyesNeverGoesStraightThroughHoweverSure() {
        assertThat(validated(Set.of())).isEqualTo(DocumentState.VALIDATED);
        assertThat(validated(Set.of("moushikomi"))).isEqualTo(DocumentState.NEEDS_REVIEW);
    }

    private static DocumentState validated(Set<String> fourEyes) {
        InMemoryDocuments db = new InMemoryDocuments();
        Readings readings = new Readings();
        Document doc = db.insert(new NewDocument("c".repeat(64), DocumentState.EXTRACTED, "madoguchi", Source.FOLDER,
                "scan.png", "image/png", 1, 1, Instant.now(), null, null, false));
        db.setForm(doc.id(), FORM.id(), FORM.version());
        readings.replaceFields(doc.id(), List.of(read("山田 太郎", agreed())));
        ValidationService service = new ValidationService(db, readings, TEMPLATES, VALIDATOR, db, db, Set.of(),
                new ReviewPolicy(fourEyes));
        return service.validate(doc.id());
    }

    /** The readings port in memory. */
    static final class Readings implements ReadingRepository {
        final Map<Long, List<DocumentField>> fields = new HashMap<>();

        @Override
        public void replacePages(long documentId, List<PageRead> pages) {
        }

        @Override
        public List<PageRead> pages(long documentId) {
            return List.of();
        }

        @Override
        public void replaceFields(long documentId, List<DocumentField> f) {
            fields.put(documentId, List.copyOf(f));
        }

        @Override
        public List<DocumentField> fields(long documentId) {
            return fields.getOrDefault(documentId, List.of());
        }

        @Override
        public void replaceNotes(long documentId, List<Problem> notes) {
        }

        @Override
        public List<Problem> notes(long documentId) {
            return List.of();
        }
    }
}
