package io.scan2ledger.app;

import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.extraction.ExtractionService;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.imaging.StoredPageImages;
import io.scan2ledger.review.PageImages;
import io.scan2ledger.intake.EApplicationService;
import io.scan2ledger.intake.IntakeSettings;
import io.scan2ledger.ocr.TesseractEngine;
import io.scan2ledger.ocr.Recognizers;
import io.scan2ledger.ocr.TesseractFormReader;
import io.scan2ledger.review.ApprovalRepository;
import io.scan2ledger.review.ConfirmationRepository;
import io.scan2ledger.review.ReviewPolicy;
import io.scan2ledger.review.ReviewService;
import io.scan2ledger.routes.CsvJsonApplicationRecords;
import io.scan2ledger.routes.EApplicationRoutes;
import io.scan2ledger.routes.IntakeProperties;
import io.scan2ledger.routes.IntakeRoutes;
import io.scan2ledger.routes.Pipeline;
import io.scan2ledger.routes.StageRoutes;
import io.scan2ledger.routes.SweepRoutes;
import io.scan2ledger.support.Home;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.Templates;
import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.validation.ValidationService;
import io.scan2ledger.validation.Validator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;

/** Reading documents: templates, Tesseract, the extraction and validation stages, e-applications, review. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ExtractionProperties.class, PostalProperties.class})
public class ReadingConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadingConfiguration.class);


    static final String EXTRACTION = "extraction";
    static final String VALIDATION = "validation";

    @Bean
    Templates templates(ExtractionProperties properties, PostalProperties postal) {
        TemplateCatalog catalog = TemplateCatalog.layered(properties.templates()).withPostalFile(postal.file());
        log.info("templates.loaded forms={} folders={}", catalog.all().size(), properties.templates());
        return catalog;
    }

    @Bean
    FieldTypes fieldTypes() {
        return FieldTypes.standard();
    }

    @Bean(destroyMethod = "close")
    TesseractEngine tesseractEngine(ExtractionProperties properties) {
        return new TesseractEngine(properties.tessdata());
    }

    /** Loaded at start-up: a missing or damaged model stops the start, naming the file and the command that restores it. */
    @Bean
    Recognizers recognizers(Templates templates, ExtractionProperties properties) {
        Recognizers recognizers = Recognition.forTemplates(templates.all(), properties.digitClassifier(),
                properties.digitWeights());
        log.info("extraction.engines digits={} onnx={}", recognizers.digits() != null, recognizers.onnx() != null);
        return recognizers;
    }

    @Bean
    ExtractionService extractionService(DocumentRepository documents, ReadingRepository readings, OriginalStore store,
                                        Templates templates, FieldTypes types, TesseractEngine tesseract,
                                        Recognizers recognizers, AuditTrail audit, Transactions tx, Home home,
                                        ImagingLimits limits) {
        var reader = new TesseractFormReader(templates, new PageRenderer(limits), tesseract, types, recognizers);
        return new ExtractionService(documents, readings, store, reader, templates, types, audit, tx,
                home.root().resolve("work"));
    }

    /**
     * The calibrated certainty model of the templates in use (the last template folder's certainty.yaml,
     * or the bundled one); a calibration fitted on other versions of the forms stops the start with the
     * command that fixes it.
     */
    @Bean
    CertaintyModel certaintyModel(Templates templates, ExtractionProperties properties) {
        Calibration fitted = CalibrationFile.forTemplates(properties.templates());
        Calibration calibration = properties.silentBudget() == null ? fitted : fitted.atBudget(properties.silentBudget());
        CertaintyModel model = CertaintyModel.of(calibration, templates.all(), "the calibration file");
        log.info("certainty.calibration version={} budget={} fittedOn=\"{}\"", calibration.version(),
                calibration.budget(), calibration.fittedOn());
        return model;
    }

    @Bean
    ValidationService validationService(DocumentRepository documents, ReadingRepository readings, Templates templates,
                                        FieldTypes types, AuditTrail audit, Transactions tx,
                                        ExtractionProperties properties, CertaintyModel certainty) {
        return new ValidationService(documents, readings, templates, new Validator(types, templates, certainty), audit,
                tx, new HashSet<>(properties.dvFields()), new ReviewPolicy(new HashSet<>(properties.fourEyesForms())));
    }

    @Bean
    ReviewService reviewService(DocumentRepository documents, ReadingRepository readings, ApprovalRepository approvals,
                                ConfirmationRepository confirmations, ValidationService validation,
                                Templates templates, AuditTrail audit, Transactions tx,
                                ExtractionProperties properties, Clock clock) {
        return new ReviewService(documents, readings, approvals, confirmations, validation, templates,
                new ReviewPolicy(new HashSet<>(properties.fourEyesForms())), audit, tx, clock);
    }

    @Bean
    EApplicationService eApplicationService(Templates templates, OriginalStore store, DocumentRepository documents,
                                            ReadingRepository readings, AuditTrail audit, Transactions tx,
                                            IntakeSettings settings, Clock clock, Home home) {
        return new EApplicationService(new CsvJsonApplicationRecords(), templates, store, documents, readings, audit,
                tx, settings, clock, home.root().resolve("work"));
    }

    @Bean
    PageImages pageImages(OriginalStore store, Home home, ImagingLimits limits) {
        return new StoredPageImages(store, new PageRenderer(limits), home.root().resolve("work"));
    }

    @Bean
    Pipeline.Stage extractionStage() {
        return StageRoutes.stage(EXTRACTION, DocumentState.RECEIVED);
    }

    @Bean
    Pipeline.Stage validationStage() {
        return StageRoutes.stage(VALIDATION, DocumentState.EXTRACTED);
    }

    @Bean
    StageRoutes extractionRoutes(ExtractionService extraction, Pipeline pipeline, ExtractionProperties properties) {
        return new StageRoutes(EXTRACTION, DocumentState.RECEIVED, extraction::extract, pipeline,
                properties.workers(), properties.queueSize());
    }

    @Bean
    StageRoutes validationRoutes(ValidationService validation, Pipeline pipeline) {
        return new StageRoutes(VALIDATION, DocumentState.EXTRACTED, validation::validate, pipeline, 1, 1000);
    }

    @Bean
    EApplicationRoutes eApplicationRoutes(IntakeProperties intake, IntakeRoutes folders, EApplicationService service,
                                          Pipeline pipeline) {
        return new EApplicationRoutes(intake, folders, service, pipeline);
    }

    @Bean
    SweepRoutes sweepRoutes(Pipeline pipeline, ExtractionProperties properties) {
        return new SweepRoutes(pipeline, properties.sweepInterval());
    }
}
