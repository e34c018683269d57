package io.scan2ledger.validation;

import io.scan2ledger.certainty.CertaintyModel;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.certainty.Facts;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Parsed;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a document's fields against their types, the template's rules and the certainty gate.
 * Pure: the same fields give the same verdict, so it runs after extraction and again after every
 * correction. Each machine-read field's confidence becomes the certainty model's probability that
 * it is right, from what the reader saw and what the rules say; below its type's threshold it goes
 * to review. A document goes straight through only when no field has any problem at all.
 */
public class Validator {

    private static final java.util.Set<String> NAMES = java.util.Set.of("name", "kana");

    private final FieldTypes types;
    private final Templates templates;
    private final CertaintyModel certainty;
    private final PlausibleReading lists;

    /** Without a calibration: every machine-read field goes to review. */
    public Validator(FieldTypes types, Templates templates) {
        this(types, templates, CertaintyModel.uncalibrated());
    }

    public Validator(FieldTypes types, Templates templates, CertaintyModel certainty) {
        this.types = types;
        this.templates = templates;
        this.certainty = certainty;
        this.lists = new PlausibleReading(types, templates);
    }

    /**
     * The fields with their problems re-computed, whether the document may skip review, and per
     * machine-read field the facts its certainty was weighed with (what calibration fits on).
     */
    public record Verdict(List<DocumentField> fields, boolean straightThrough, Map<String, Facts> facts) {
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
                    field.correctedAt(), field.evidence());
            byName.put(field.name(), typed);
            List<Problem> list = new ArrayList<>(parsed.problems());
            list.addAll(FieldChecks.check(spec, parsed, templates));
            problems.put(field.name(), list);
        }
        CrossChecks.check(template, byName, problems, templates.postalDirectory());
        Map<String, Facts> facts = new LinkedHashMap<>();
        for (DocumentField field : List.copyOf(byName.values())) {
            if (field.method().byMachine()) {
                FieldSpec spec = template.field(field.name()).orElseThrow();
                Facts known = facts(template, spec, field, byName, problems.get(field.name()));
                facts.put(field.name(), known);
                byName.put(field.name(), weighed(spec, field, known, problems.get(field.name())));
            }
        }
        List<DocumentField> out = new ArrayList<>();
        boolean clean = notes.isEmpty();
        for (DocumentField field : byName.values()) {
            List<Problem> list = problems.getOrDefault(field.name(), List.of());
            clean &= list.isEmpty();
            out.add(field.withProblems(list));
        }
        return new Verdict(out, clean, facts);
    }

    /**
     * The field with the model's probability as its confidence; a doubt added to {@code problems}
     * when the probability is below what its type (or the template, where it asks for more) needs.
     */
    private DocumentField weighed(FieldSpec spec, DocumentField field, Facts facts, List<Problem> problems) {
        double p = certainty.probability(field.type(), field.evidence(), facts);
        double needed = Math.max(certainty.threshold(field.type()), spec.threshold() == null ? 0 : spec.threshold());
        if (!(p >= needed)) {
            problems.add(Doubts.lowCertainty(p, field.evidence(), facts));
        } else if (field.evidence().split() == Evidence.Split.GUESSED && NAMES.contains(field.type())) {
            // Where 氏 ends and 名 begins is the resident's to say: a ledger files them apart, and no
            // model can tell 佐藤太 郎 from 佐藤 太郎 when the paper shows no gap.
            problems.add(Doubts.splitGuessed());
        }
        return field.withConfidence(Double.isNaN(p) ? 0 : p);
    }

    private Facts facts(FormTemplate template, FieldSpec spec, DocumentField field, Map<String, DocumentField> all,
                        List<Problem> problems) {
        boolean accepted = problems.stream().noneMatch(p -> p.severity() == Problem.Severity.INVALID);
        Boolean listed = field.value().isEmpty() ? null : lists.listed(spec, field.value());
        return new Facts(field.method(), field.value(), accepted, listed, postal(template, field, all));
    }

    /**
     * Whether the postal code and the address of a {@code postal-address} rule this field is in
     * name the same town: agreeing, the two are stronger evidence for each other. Null when the
     * field is in no such rule or the directory cannot tell.
     */
    private Boolean postal(FormTemplate template, DocumentField field, Map<String, DocumentField> all) {
        for (CrossRule rule : template.rules()) {
            if (rule.kind().equals(CrossRule.POSTAL_ADDRESS) && rule.fields().size() == 2
                    && rule.fields().contains(field.name())) {
                DocumentField code = all.get(rule.fields().get(0));
                DocumentField address = all.get(rule.fields().get(1));
                if (code == null || address == null) {
                    return null;
                }
                return switch (templates.postalDirectory().agreement(code.value(), address.value())) {
                    case AGREE -> true;
                    case DISAGREE -> false;
                    case UNKNOWN -> null;
                };
            }
        }
        return null;
    }
}
