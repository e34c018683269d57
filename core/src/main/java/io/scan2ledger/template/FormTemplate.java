package io.scan2ledger.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form the office receives, described as data (template.yaml): how to recognise it, where its
 * fields are, how to read and check each one. Adding a form needs a new template, not new code.
 *
 * @param id              stable form id (ASCII), e.g. {@code jumin-ido}
 * @param version         bumped whenever zones or fields change; stored with each document
 * @param title           the printed title (Japanese)
 * @param formCode        printed in {@code formCodeZone} on every page; classification reads it
 * @param formCodeZone    where the form code is printed
 * @param keywords        words printed on the form, used to classify when the code is unreadable
 * @param pageWidth       page size in mm (A4 portrait: 210 x 297)
 * @param marks           centres of the registration marks (filled squares), in mm
 * @param markSize        side of a registration mark, in mm
 * @param reviewThreshold default confidence (0..1) below which a field goes to review
 * @param fields          single fields
 * @param tables          tables of repeated rows
 * @param rules           cross-field rules
 * @param layout          static print (title, headings, notes) for the blank form
 */
public record FormTemplate(String id, int version, String title, String titleEn, String formCode,
                           Zone formCodeZone, List<String> keywords, double pageWidth, double pageHeight,
                           List<Point> marks, double markSize, double reviewThreshold,
                           List<FieldSpec> fields, List<TableSpec> tables, List<CrossRule> rules,
                           List<LayoutItem> layout) {

    public FormTemplate {
        keywords = List.copyOf(keywords);
        marks = List.copyOf(marks);
        fields = List.copyOf(fields);
        tables = tables == null ? List.of() : List.copyOf(tables);
        rules = rules == null ? List.of() : List.copyOf(rules);
        layout = layout == null ? List.of() : List.copyOf(layout);
    }

    /** Every field to read, with table cells expanded row by row ({@code children[0].name}...). */
    public List<FieldSpec> allFields() {
        List<FieldSpec> out = new ArrayList<>(fields);
        for (TableSpec table : tables) {
            for (int row = 0; row < table.rows(); row++) {
                for (FieldSpec column : table.columns()) {
                    out.add(column.inRow(table.name(), row, row * table.rowPitch()));
                }
            }
        }
        return out;
    }

    public Optional<FieldSpec> field(String name) {
        return allFields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public double thresholdOf(FieldSpec field) {
        return field.threshold() != null ? field.threshold() : reviewThreshold;
    }
}
