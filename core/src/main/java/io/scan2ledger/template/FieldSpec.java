package io.scan2ledger.template;

import java.util.List;

/**
 * One field of a form, as its template describes it.
 *
 * @param name      stable key (ASCII), used by the API, rules and ledger mappings; table cells are
 *                  named {@code table[row].column}, e.g. {@code children[0].name}
 * @param label     the printed label (Japanese)
 * @param labelEn   English label for the fallback UI
 * @param type      a field type id: text, name, kana, era-date, postal-code, phone, my-number,
 *                  corporate-number, bank-code, branch-code, account-number, digits, yen,
 *                  checkbox, checkbox-group, choice
 * @param zone      where the value is written (the input box, not its label)
 * @param cells     for boxed digits: the zone is split into this many equal cells, read one by
 *                  one; 0 when the field is free text
 * @param options   checkbox-group: one box per option; choice: the allowed values (zone unused)
 * @param ocr       OCR settings; null for the defaults of the type
 * @param required  an empty value sends the document to review
 * @param threshold review threshold for this field's confidence (0..1); null for the template's
 * @param rules     field-level validation rules; null for none
 * @param engine    the recogniser that reads the field ({@link Engine#AUTO} chooses by the field's kind)
 */
public record FieldSpec(String name, String label, String labelEn, String type, Zone zone, int cells,
                        List<Option> options, OcrSettings ocr, boolean required, Double threshold,
                        FieldRules rules, Engine engine) {

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
        engine = engine == null ? Engine.AUTO : engine;
    }

    /** A field read by the engines that suit it. */
    public FieldSpec(String name, String label, String labelEn, String type, Zone zone, int cells,
                     List<Option> options, OcrSettings ocr, boolean required, Double threshold, FieldRules rules) {
        this(name, label, labelEn, type, zone, cells, options, ocr, required, threshold, rules, Engine.AUTO);
    }

    /** A checkbox-group or choice option; {@code zone} is its tick box (checkbox groups only). */
    public record Option(String value, Zone zone) {
    }

    public List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }

    /** The same field moved down by {@code dy} mm and renamed: a table cell in a later row. */
    public FieldSpec inRow(String tableName, int row, double dy) {
        return new FieldSpec(tableName + "[" + row + "]." + name, label, labelEn, type,
                zone == null ? null : zone.translate(0, dy), cells,
                options.stream().map(o -> new Option(o.value(), o.zone() == null ? null : o.zone().translate(0, dy)))
                        .toList(),
                ocr, required && row == 0, threshold, rules, engine);
    }
}
