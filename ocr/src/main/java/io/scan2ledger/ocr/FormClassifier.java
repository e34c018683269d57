package io.scan2ledger.ocr;

import io.scan2ledger.imaging.ScanPage;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Decides which form a page is. First by the form code printed in a fixed place on every form
 * (read upright, then upside down); failing that, by words printed on the form. A page matching
 * neither is unclassified and goes to review: never guessed, never dropped.
 */
final class FormClassifier {

    private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    /** The title band searched for keywords when no form code could be read. */
    private static final Zone TITLE_BAND = new Zone(10, 8, 190, 50);

    /** A page matched to a template, and how. */
    record Match(FormTemplate template, RegisteredPage page, boolean byKeywords) {
    }

    private final List<FormTemplate> templates;
    private final TesseractEngine tesseract;

    FormClassifier(List<FormTemplate> templates, TesseractEngine tesseract) {
        this.templates = templates;
        this.tesseract = tesseract;
    }

    Optional<Match> classify(ScanPage scan, Registration.FoundMarks marks, Optional<FormTemplate> chosen) {
        if (chosen.isPresent()) {
            FormTemplate t = chosen.get();
            RegisteredPage upright = Registration.register(scan.image(), marks, t, 0);
            if (!scan.bornDigital() && !codeMatches(t, upright)) {
                RegisteredPage turned = Registration.register(scan.image(), marks, t, 180);
                if (codeMatches(t, turned)) {
                    return Optional.of(new Match(t, turned, false));
                }
            }
            return Optional.of(new Match(t, upright, false));
        }
        if (scan.bornDigital()) {
            String text = scan.textLayer().stream().map(ScanPage.Glyph::text).reduce("", String::concat);
            return templates.stream().filter(t -> text.contains(t.formCode())).findFirst()
                    .map(t -> new Match(t, Registration.register(scan.image(), marks, t, 0), false));
        }
        for (int rotation : new int[]{0, 180}) {
            for (FormTemplate t : templates) {
                RegisteredPage page = Registration.register(scan.image(), marks, t, rotation);
                if (codeMatches(t, page)) {
                    return Optional.of(new Match(t, page, false));
                }
            }
        }
        return byKeywords(scan, marks);
    }

    private boolean codeMatches(FormTemplate template, RegisteredPage page) {
        BufferedImage crop = page.zone(template.formCodeZone(), FieldReader.OCR_DPI);
        String read = tesseract.read(crop, FieldReader.OCR_DPI, "eng", 7, CODE_CHARS).chars().stream()
                .map(OcrText.Char::text).reduce("", String::concat);
        return EditDistance.between(read, template.formCode()) <= 1;
    }

    private Optional<Match> byKeywords(ScanPage scan, Registration.FoundMarks marks) {
        FormTemplate best = null;
        RegisteredPage bestPage = null;
        long bestHits = 0;
        boolean tie = false;
        for (int rotation : new int[]{0, 180}) {
            // Registration depends on the template only through its marks; the first template's serves for the band.
            RegisteredPage page = Registration.register(scan.image(), marks, templates.get(0), rotation);
            String band = tesseract.read(page.zone(TITLE_BAND, 200), 200, "jpn", 6, null).chars().stream()
                    .map(OcrText.Char::text).reduce("", String::concat);
            for (FormTemplate t : templates) {
                long hits = t.keywords().stream().filter(band::contains).count();
                if (hits > bestHits) {
                    best = t;
                    bestHits = hits;
                    bestPage = Registration.register(scan.image(), marks, t, rotation);
                    tie = false;
                } else if (hits == bestHits && hits > 0 && t != best) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                return Optional.of(new Match(best, bestPage, true));
            }
        }
        return Optional.empty();
    }
}
