package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.render.Filling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The marks an untidy hand leaves on a filled form, drawn from {@link FillStyles}: values written
 * at a slant, stray pen strokes beside values, a red seal over a name field or its label. None
 * changes what a clerk should key: the ground truth stays the value written.
 */
record PageMarks(Map<String, Double> slants, List<Filling.Stroke> strokes, List<Filling.Seal> seals) {

    static final PageMarks NONE = new PageMarks(Map.of(), List.of(), List.of());

    /** Draws in a fixed order (slant, strokes, seal) so a seed always gives the same marks. */
    static PageMarks draw(FormTemplate form, Map<String, FieldValue> fields, String family, FillStyles styles,
                          RandomGenerator r) {
        if (!styles.any()) {
            return NONE;
        }
        // Written lines only: boxed digits and tick boxes are measured cell by cell, and a seal on a
        // tick box would be a tick.
        List<FieldSpec> lines = form.allFields().stream()
                .filter(f -> f.cells() == 0 && !f.type().startsWith("checkbox"))
                .filter(f -> !fields.get(f.name()).written().isBlank()).toList();
        Map<String, Double> slants = new LinkedHashMap<>();
        if (r.nextDouble() < styles.slanted()) {
            for (FieldSpec f : lines) {
                slants.put(f.name(), Math.round((r.nextDouble() * 2 - 1) * styles.maxSlantDeg() * 100) / 100.0);
            }
        }
        List<Filling.Stroke> strokes = new ArrayList<>();
        if (r.nextDouble() < styles.strayStrokes() && !lines.isEmpty()) {
            int count = 1 + r.nextInt(2);
            for (int i = 0; i < count; i++) {
                strokes.add(new Filling.Stroke(lines.get(r.nextInt(lines.size())).name(), r.nextLong()));
            }
        }
        List<Filling.Seal> seals = new ArrayList<>();
        if (r.nextDouble() < styles.seal() && !lines.isEmpty()) {
            // 印 goes beside the applicant's name; forms without one get it on some other line.
            List<FieldSpec> names = lines.stream().filter(f -> f.type().equals("name")).toList();
            List<FieldSpec> where = names.isEmpty() ? lines : names;
            FieldSpec field = where.get(r.nextInt(where.size()));
            double u = r.nextBoolean() ? -0.02 - 0.12 * r.nextDouble() : 0.7 + 0.3 * r.nextDouble();
            seals.add(new Filling.Seal(field.name(), Math.round(u * 1000) / 1000.0,
                    Math.round((0.3 + 0.4 * r.nextDouble()) * 1000) / 1000.0,
                    Math.round((9 + 3 * r.nextDouble()) * 10) / 10.0, family));
        }
        return new PageMarks(slants, strokes, seals);
    }
}
