package io.scan2ledger.app;

import io.scan2ledger.digits.DigitClassifier;
import io.scan2ledger.ocr.Recognizers;
import io.scan2ledger.ocr.onnx.OnnxTextRecognizer;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FormTemplate;

import java.nio.file.Path;
import java.util.Collection;

/**
 * The recognisers beside Tesseract, loaded and checked once at start-up: a missing or damaged model
 * stops the start with the file and the command that restores it, never the first document.
 */
public final class Recognition {

    private Recognition() {
    }

    /**
     * The boxed-digit classifier (unless turned off) and, when a template names {@code engine: onnx},
     * the PP-OCR recogniser; both verified against their pinned checksums.
     */
    public static Recognizers forTemplates(Collection<FormTemplate> forms, boolean digitClassifier) {
        return forTemplates(forms, digitClassifier, null);
    }

    /** As {@link #forTemplates(Collection, boolean)}, with the digit weights from {@code digitWeights} when not null. */
    public static Recognizers forTemplates(Collection<FormTemplate> forms, boolean digitClassifier, Path digitWeights) {
        boolean onnx = forms.stream().flatMap(f -> f.allFields().stream()).anyMatch(f -> f.engine() == Engine.ONNX);
        DigitClassifier digits = !digitClassifier ? null
                : digitWeights == null ? DigitClassifier.load() : DigitClassifier.load(digitWeights);
        return new Recognizers(digits, onnx ? new OnnxTextRecognizer() : null);
    }
}
