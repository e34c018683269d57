package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A mistake planted in a sample so review can be tested: the document must be flagged. Each is
 * recorded in the ground truth with the field it affects; that field's expected value says what a
 * clerk should end up with ("" where no valid value exists).
 */
public enum Defect {
    /** A My Number whose last digit is not its check digit; expected: the 12 digits as written. */
    WRONG_CHECK_DIGIT("wrong-check-digit"),
    /** A date that does not exist, such as 2月30日; expected: "". */
    IMPOSSIBLE_DATE("impossible-date"),
    /** A required field left blank; expected: "". */
    EMPTY_REQUIRED("empty-required"),
    /** An ink blot over one field's value; expected: the value written under it (OCR should doubt it). */
    SMUDGE("smudge");

    /** What was planted where, as recorded in the ground truth. */
    public record Planted(String kind, String field, String note) {
    }

    private final String id;

    Defect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Defect byId(String id) {
        return Ids.byId(values(), Defect::id, "defect", id);
    }

    /** Whether the form has a field this defect can be planted in. */
    public boolean appliesTo(FormTemplate form) {
        return form.allFields().stream().anyMatch(this::fits);
    }

    /** Changes one suitable field of {@code values} (filled in, in template order); empty when none fits. */
    Optional<Planted> plant(FormTemplate form, Map<String, FieldValue> values, RandomGenerator r) {
        List<FieldSpec> candidates = form.allFields().stream()
                .filter(this::fits).filter(f -> !values.get(f.name()).written().isEmpty()).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        FieldSpec field = candidates.get(r.nextInt(candidates.size()));
        String written = values.get(field.name()).written();
        String note;
        switch (this) {
            case WRONG_CHECK_DIGIT -> {
                int wrong = (written.charAt(11) - '0' + 1 + r.nextInt(9)) % 10;
                String digits = written.substring(0, 11) + wrong;
                values.put(field.name(), new FieldValue(digits, digits));
                note = "check digit should be " + written.charAt(11);
            }
            case IMPOSSIBLE_DATE -> {
                int[][] monthDay = {{2, 30}, {2, 31}, {4, 31}, {6, 31}, {9, 31}, {11, 31}};
                int[] md = monthDay[r.nextInt(monthDay.length)];
                EraDates.Era era = EraDates.ERAS.get(r.nextInt(3));
                int year = 1 + r.nextInt(era.letter().equals("R") ? 6 : 30);
                values.put(field.name(), new FieldValue(EraDates.write(era, year, md[0], md[1],
                        EraDates.randomStyle(r), false), ""));
                note = md[0] + "月" + md[1] + "日 does not exist";
            }
            case EMPTY_REQUIRED -> {
                values.put(field.name(), FieldValue.EMPTY);
                note = "required field left blank";
            }
            default -> note = "ink blot over the value";
        }
        return Optional.of(new Planted(id, field.name(), note));
    }

    private boolean fits(FieldSpec f) {
        return switch (this) {
            case WRONG_CHECK_DIGIT -> f.type().equals("my-number");
            case IMPOSSIBLE_DATE -> f.type().equals("era-date");
            case EMPTY_REQUIRED -> f.required();
            case SMUDGE -> !f.type().startsWith("checkbox");
        };
    }
}
