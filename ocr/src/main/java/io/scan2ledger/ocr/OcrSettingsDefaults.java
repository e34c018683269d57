package io.scan2ledger.ocr;

import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.OcrSettings;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OCR settings a field is read with: the template's own, completed by its type's defaults.
 * Digit types read best with the English model and a digit whitelist; a choice field is limited to
 * the characters of its options, which removes most confusions for free.
 */
final class OcrSettingsDefaults {

    private static final Set<String> DIGIT_TYPES = Set.of("postal-code", "phone", "my-number", "corporate-number",
            "bank-code", "branch-code", "account-number", "digits", "yen");

    private final FieldTypes types;

    OcrSettingsDefaults(FieldTypes types) {
        this.types = types;
    }

    OcrSettings forField(FieldSpec field) {
        OcrSettings given = field.ocr();
        String language = given != null && given.language() != null ? given.language()
                : DIGIT_TYPES.contains(field.type()) ? "eng" : "jpn";
        int psm = given != null && given.psm() > 0 ? given.psm() : 7;
        String whitelist = given != null && given.whitelist() != null ? given.whitelist() : defaultWhitelist(field);
        return new OcrSettings(language, psm, whitelist);
    }

    private String defaultWhitelist(FieldSpec field) {
        if (field.type().equals("choice") && !field.options().isEmpty()) {
            return field.optionValues().stream().flatMap(v -> v.codePoints().mapToObj(Character::toString))
                    .distinct().collect(Collectors.joining());
        }
        return types.get(field.type()).ocrWhitelist();
    }
}
