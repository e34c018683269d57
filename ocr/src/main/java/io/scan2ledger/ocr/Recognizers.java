package io.scan2ledger.ocr;

import io.scan2ledger.extraction.DigitRecognizer;
import io.scan2ledger.extraction.TextRecognizer;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;

import java.util.Collection;

/**
 * The recognisers a reader has besides Tesseract, and which of them reads a field. Either may be
 * absent; a template that names an absent one is refused when the reader is made, not when the
 * first document arrives.
 *
 * @param digits the boxed-digit classifier, or null
 * @param onnx   the PP-OCR line recogniser on ONNX Runtime, or null
 */
public record Recognizers(DigitRecognizer digits, TextRecognizer onnx) {

    /** Tesseract alone, as before the neural recognisers. */
    public static final Recognizers TESSERACT_ONLY = new Recognizers(null, null);

    /** The engine that gives a field's first reading. */
    Engine firstFor(FieldSpec field) {
        return switch (field.engine()) {
            case AUTO -> field.cells() > 0 && digits != null ? Engine.DIGITS : Engine.TESSERACT;
            case DIGITS -> field.cells() > 0 ? Engine.DIGITS : Engine.TESSERACT;
            default -> field.engine();
        };
    }

    /** @throws IllegalStateException naming the form and field when one names an engine this reader lacks */
    void check(Collection<FormTemplate> forms) {
        for (FormTemplate form : forms) {
            for (FieldSpec field : form.allFields()) {
                if (field.engine() == Engine.DIGITS && digits == null || field.engine() == Engine.ONNX && onnx == null) {
                    throw new IllegalStateException("form " + form.id() + ", field " + field.name() + " names engine "
                            + field.engine().id() + ", which this reader was not given");
                }
            }
        }
    }
}
