package io.scan2ledger.ocr;

import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.FormReader;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Problem;
import io.scan2ledger.imaging.OverLimit;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.imaging.ScanPage;
import io.scan2ledger.intake.QuarantineReason;
import io.scan2ledger.support.Redact;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.validation.NameDictionary;
import io.scan2ledger.validation.PlausibleReading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file page by page: finds the registration marks, classifies the page, registers it to
 * its template and reads every field. The first recognised page is the form; later pages are kept
 * as attachments, and a second recognised form in the same file is noted for review.
 */
public class TesseractFormReader implements FormReader {

    /**
     * Marks this far (RMS) from where the fit puts them mean the page is warped or a mark is wrong. With
     * four marks a single misplaced one leaves a quarter of its error on each, so 0.6 mm flags a 2.4 mm error.
     */
    private static final double POOR_FIT_MM = 0.6;

    private final Templates templates;
    private final PageRenderer renderer;
    private final FieldReader fields;
    private final TesseractEngine tesseract;
    private final NameDictionary names;

    public TesseractFormReader(Templates templates, PageRenderer renderer, TesseractEngine tesseract, FieldTypes types) {
        this(templates, renderer, tesseract, types, Recognizers.TESSERACT_ONLY);
    }

    /** @throws IllegalStateException when a template names an engine {@code recognizers} lacks */
    public TesseractFormReader(Templates templates, PageRenderer renderer, TesseractEngine tesseract, FieldTypes types,
                               Recognizers recognizers) {
        recognizers.check(templates.all());
        this.templates = templates;
        this.renderer = renderer;
        this.tesseract = tesseract;
        PlausibleReading plausible = new PlausibleReading(types, templates);
        this.fields = new FieldReader(tesseract, new OcrSettingsDefaults(types), plausible, recognizers);
        this.names = plausible.names();
    }

    @Override
    public Reading read(Path file, Optional<FormTemplate> chosen) {
        List<PageRead> pages = new ArrayList<>();
        List<FieldRead> reads = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        FormTemplate[] form = new FormTemplate[1];
        FormClassifier classifier = new FormClassifier(templates.all(), tesseract);
        double markSize = templates.all().stream().mapToDouble(FormTemplate::markSize).average().orElse(5);
        try {
            renderer.forEachPage(file, FieldReader.OCR_DPI, scan -> {
                Registration.FoundMarks marks = Registration.findMarks(scan.image(), 210, markSize);
                Optional<FormClassifier.Match> match = classifier.classify(scan,
                        marks, form[0] == null ? chosen : Optional.empty());
                RegisteredPage page = match.map(FormClassifier.Match::page).orElse(null);
                pages.add(new PageRead(scan.number(), scan.image().getWidth(), scan.image().getHeight(), scan.dpi(),
                        match.map(m -> m.template().id()).orElse(null), marks.count(),
                        page == null ? Double.NaN : page.residualMm(), page == null ? 0 : page.rotation()));
                if (match.isEmpty()) {
                    return true;
                }
                if (form[0] != null) {
                    notes.add(Problem.review("MULTIPLE_FORMS",
                            "1つのファイルに複数の申請書があります（" + scan.number() + "ページ目）。分けて取り込んでください。",
                            "This file holds more than one form (page " + scan.number() + "). Please split it."));
                    return true;
                }
                form[0] = match.get().template();
                notes.addAll(registrationNotes(match.get(), scan));
                for (FieldSpec field : form[0].allFields()) {
                    reads.add(fields.read(field, page, scan.number(), scan.textLayer()));
                }
                return true;
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().contains("Tesseract")) {
                throw (IllegalStateException) e;
            }
            return new Reading.Unreadable(e instanceof OverLimit over ? over.code() : QuarantineReason.Code.CORRUPT,
                    Redact.throwable(e));
        }
        if (form[0] == null) {
            return new Reading.Unclassified(pages, pages.isEmpty() ? "no pages" : "no form code or keywords matched");
        }
        return new Reading.Classified(form[0], pages, names.repair(form[0], reads), notes);
    }

    private static List<Problem> registrationNotes(FormClassifier.Match match, ScanPage scan) {
        List<Problem> notes = new ArrayList<>();
        RegisteredPage page = match.page();
        if (match.byKeywords()) {
            notes.add(Problem.review("CLASSIFIED_BY_KEYWORDS",
                    "様式コードが読めず、記載内容から様式を推定しました。様式が正しいか確認してください。",
                    "The form code was unreadable; the form was inferred from its printed words. Please check it."));
        }
        if (page.marksFound() < 3 && !scan.bornDigital()) {
            notes.add(Problem.review("REGISTRATION_FAILED",
                    "位置合わせマークが見つからず、読取位置がずれている可能性があります。",
                    "The registration marks were not found; fields may have been read from the wrong place."));
        } else if (page.residualMm() > POOR_FIT_MM) {
            notes.add(Problem.review("REGISTRATION_POOR",
                    "用紙のゆがみが大きく、読取位置がずれている可能性があります。",
                    "The page is distorted; fields may have been read from slightly the wrong place."));
        }
        return notes;
    }
}
