package io.scan2ledger.validation;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Parsed;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document's fields against their types, the template's rules and the confidence gate.
 * Pure: the same fields give the same verdict, so it runs after extraction and again after every
 * correction. A document goes straight through only when no field has any problem at all.
 */
public class Validator {

    private final FieldTypes types;
    private final Templates templates;

    public Validator(FieldTypes types, Templates templates) {
        this.types = types;
        this.templates = templates;
    }

    /** The fields with their problems re-computed, and whether the document may skip review. */
    public record Verdict(List<DocumentField> fields, boolean straightThrough) {
    }

    public Verdict validate(FormTemplate template, List<DocumentField> fields, List<Problem> notes) {
        Map<String, DocumentField> byName = new LinkedHashMap<>();
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        for (DocumentField field : fields) {
            FieldSpec spec = template.field(field.name()).orElse(null);
            if (spec == null) {
                continue;
            }
            Parsed parsed = types.get(spec.type()).parse(field.rawText(), spec.optionValues());
            DocumentField typed = new DocumentField(field.name(), spec.type(), field.rawText(), parsed.text(),
                    field.confidence(), field.page(), field.box(), field.method(), List.of(), field.correctedBy(),
                    field.correctedAt());
            byName.put(field.name(), typed);
            List<Problem> list = new ArrayList<>(parsed.problems());
            list.addAll(FieldChecks.check(spec, parsed, templates));
            if (needsConfidence(field) && field.confidence() < template.thresholdOf(spec)) {
                list.add(FieldChecks.lowConfidence(template.thresholdOf(spec)));
            }
            problems.put(field.name(), list);
        }
        CrossChecks.check(template, byName, problems, templates.postalDirectory());
        List<DocumentField> out = new ArrayList<>();
        boolean clean = notes.isEmpty();
        for (DocumentField field : byName.values()) {
            List<Problem> list = problems.getOrDefault(field.name(), List.of());
            clean &= list.isEmpty();
            out.add(field.withProblems(list));
        }
        return new Verdict(out, clean);
    }

    /** A person's entry and a born-digital text layer are exact; OCR and tick marks are not. */
    private static boolean needsConfidence(DocumentField field) {
        return field.method() != ReadMethod.MANUAL && field.method() != ReadMethod.TEXT_LAYER;
    }
}
