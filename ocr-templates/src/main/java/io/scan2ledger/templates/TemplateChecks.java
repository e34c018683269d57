package io.scan2ledger.templates;

import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.LayoutItem;
import io.scan2ledger.template.Point;
import io.scan2ledger.template.TableSpec;
import io.scan2ledger.template.Zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The checks a template must pass after it has been read: everything on the page, no two zones
 * overlapping (a value would be read twice), unique names, rules that name real fields.
 */
final class TemplateChecks {

    private static final Pattern FORM_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> BOXED_TYPES = Set.of("checkbox", "checkbox-group");
    /** Free paper around each registration mark (mm), so registration finds it as a lone square. */
    static final double MARK_CLEARANCE = 3;
    /** Layout kinds that print words (boxes and lines may enclose zones; words may not enter them). */
    private static final Set<String> PRINTED_TEXT = Set.of("text", "title", "label");

    private final String file;
    private final FormTemplate t;
    /** Every zone that is read, with the YAML path it came from, for the overlap check. */
    private final List<Placed> zones = new ArrayList<>();

    private record Placed(String path, Zone zone) {
    }

    private TemplateChecks(String file, FormTemplate template) {
        this.file = file;
        this.t = template;
    }

    static void check(String file, FormTemplate template) {
        new TemplateChecks(file, template).run();
    }

    /**
     * The reference lists the template's fields name ({@code rules.reference}, {@code rules.places}),
     * by the YAML path of the key that names each: a list is checked once every layer of the catalog
     * is known, since a folder's form may use a bundled list.
     */
    static Map<String, String> listsNamed(FormTemplate template) {
        Map<String, String> lists = new LinkedHashMap<>();
        for (int i = 0; i < template.fields().size(); i++) {
            listsOf("fields[" + i + "]", template.fields().get(i), lists);
        }
        for (int ti = 0; ti < template.tables().size(); ti++) {
            List<FieldSpec> columns = template.tables().get(ti).columns();
            for (int c = 0; c < columns.size(); c++) {
                listsOf("tables[" + ti + "].columns[" + c + "]", columns.get(c), lists);
            }
        }
        return lists;
    }

    private static void listsOf(String path, FieldSpec f, Map<String, String> lists) {
        if (f.rules() != null && f.rules().reference() != null) {
            lists.put(path + ".rules.reference", f.rules().reference());
        }
        if (f.rules() != null && f.rules().places() != null) {
            lists.put(path + ".rules.places", f.rules().places());
        }
    }

    private void run() {
        require(FORM_ID.matcher(t.id()).matches(), "id", "must be lower-case ASCII words joined by '-'");
        require(t.version() >= 1, "version", "must be 1 or more");
        require(t.pageWidth() > 0 && t.pageHeight() > 0, "page", "width and height must be positive (mm)");
        require(t.reviewThreshold() > 0 && t.reviewThreshold() <= 1, "reviewThreshold", "must be in (0, 1]");
        require(t.markSize() > 0, "markSize", "must be positive (mm)");
        require(t.marks().size() >= 3, "marks", "needs at least 3 registration marks (4 near the corners)");
        for (int i = 0; i < t.marks().size(); i++) {
            Point m = t.marks().get(i);
            double half = t.markSize() / 2;
            onPage("marks[" + i + "]", new Zone(m.x() - half, m.y() - half, t.markSize(), t.markSize()));
        }
        place("formCodeZone", t.formCodeZone());
        fields();
        overlaps();
        rules();
        layout();
    }

    private void fields() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < t.fields().size(); i++) {
            FieldSpec f = t.fields().get(i);
            String path = "fields[" + i + "]";
            field(path, f);
            unique(names, path, f.name());
            placeField(path, f);
        }
        for (int ti = 0; ti < t.tables().size(); ti++) {
            TableSpec table = t.tables().get(ti);
            String path = "tables[" + ti + "]";
            require(FIELD_NAME.matcher(table.name()).matches(), path + ".name", "must be ASCII camelCase");
            unique(names, path, table.name());
            require(table.rows() >= 1, path + ".rows", "must be 1 or more");
            require(table.rowPitch() > 0, path + ".rowPitch", "must be positive (mm)");
            require(!table.columns().isEmpty(), path + ".columns", "a table needs columns");
            Set<String> columns = new HashSet<>();
            for (int c = 0; c < table.columns().size(); c++) {
                FieldSpec column = table.columns().get(c);
                String cpath = path + ".columns[" + c + "]";
                field(cpath, column);
                unique(columns, cpath, column.name());
                for (int row = 0; row < table.rows(); row++) {
                    placeField(cpath + " (row " + (row + 1) + ")",
                            column.inRow(table.name(), row, row * table.rowPitch()));
                }
            }
        }
        require(!t.fields().isEmpty() || !t.tables().isEmpty(), "fields", "a form needs at least one field");
    }

    private void field(String path, FieldSpec f) {
        require(FIELD_NAME.matcher(f.name()).matches(), path + ".name",
                "'" + f.name() + "' must be ASCII camelCase (a stable key for the API and the ledger)");
        String type = f.type();
        require(f.cells() >= 0, path + ".cells", "must not be negative");
        require(f.cells() == 0 || !BOXED_TYPES.contains(type) && !type.equals("choice"), path + ".cells",
                "a " + type + " field has no digit cells");
        if (type.equals("choice")) {
            require(!f.options().isEmpty(), path + ".options", "a choice needs its allowed values");
            for (int o = 0; o < f.options().size(); o++) {
                require(f.options().get(o).zone() == null, path + ".options[" + o + "].zone",
                        "choice options are written as text in the field's zone; use a checkbox-group for tick boxes");
            }
        } else if (!type.equals("checkbox-group")) {
            require(f.options().isEmpty(), path + ".options", "only checkbox-group and choice fields have options");
        }
        Set<String> values = new HashSet<>();
        for (int o = 0; o < f.options().size(); o++) {
            unique(values, path + ".options[" + o + "]", f.options().get(o).value());
        }
        if (f.ocr() != null) {
            require(f.ocr().psm() >= 0 && f.ocr().psm() <= 13, path + ".ocr.psm", "Tesseract's modes are 0 to 13");
            require(f.ocr().language().matches("[a-z_]+(\\+[a-z_]+)*"), path + ".ocr.language",
                    "Tesseract language codes like jpn or eng (joined by +)");
        }
        require(f.threshold() == null || f.threshold() >= 0 && f.threshold() <= 1, path + ".threshold",
                "must be in [0, 1]");
        if (f.rules() != null && f.rules().pattern() != null) {
            try {
                Pattern.compile(f.rules().pattern());
            } catch (PatternSyntaxException e) {
                throw new TemplateException(file, path + ".rules.pattern", "not a regular expression: "
                        + e.getDescription());
            }
        }
        if (f.rules() != null && f.rules().places() != null) {
            require(f.type().equals("text"), path + ".rules.places", "only a text field holds an address");
        }
        if (f.rules() != null && f.rules().reading() != null) {
            String reading = f.rules().reading();
            require(f.type().equals("name"), path + ".rules.reading", "only a name has a reading");
            require(t.fields().stream().anyMatch(k -> k.name().equals(reading) && k.type().equals("kana")),
                    path + ".rules.reading", "no kana field named '" + reading + "' in this form");
        }
    }

    private void placeField(String path, FieldSpec f) {
        if (f.type().equals("checkbox-group")) {
            for (int o = 0; o < f.options().size(); o++) {
                place(path + ".options[" + o + "].zone", f.options().get(o).zone());
            }
        } else {
            place(path + ".zone", f.zone());
            if (f.cells() > 0) {
                Zone cell = f.zone().cell(0, f.cells());
                require(cell.w() >= 4 && cell.h() >= 5, path + ".cells",
                        "cells of " + fmt(cell.w()) + " x " + fmt(cell.h()) + " mm are too small to write a digit in");
            }
        }
    }

    private void place(String path, Zone zone) {
        require(zone.w() > 0 && zone.h() > 0, path, "width and height must be positive (mm)");
        onPage(path, zone);
        zones.add(new Placed(path, zone));
    }

    private void onPage(String path, Zone z) {
        require(z.x() >= 0 && z.y() >= 0 && z.x() + z.w() <= t.pageWidth() && z.y() + z.h() <= t.pageHeight(), path,
                "lies off the " + fmt(t.pageWidth()) + " x " + fmt(t.pageHeight()) + " mm page: " + describe(z));
    }

    private void overlaps() {
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                Zone a = zones.get(i).zone();
                Zone b = zones.get(j).zone();
                require(!overlap(a, b), zones.get(j).path(), "overlaps " + zones.get(i).path() + " (" + describe(b)
                        + " and " + describe(a) + ")");
            }
        }
        for (Placed z : zones) {
            clearOfMarks(z.path(), z.zone());
        }
    }

    /** Nothing printed or written within {@link #MARK_CLEARANCE} of a mark: it must stand alone. */
    private void clearOfMarks(String path, Zone z) {
        for (int m = 0; m < t.marks().size(); m++) {
            Point p = t.marks().get(m);
            double half = t.markSize() / 2;
            double gapX = Math.max(z.x() - (p.x() + half), p.x() - half - (z.x() + z.w()));
            double gapY = Math.max(z.y() - (p.y() + half), p.y() - half - (z.y() + z.h()));
            require(Math.max(gapX, gapY) >= MARK_CLEARANCE, path, "comes within " + fmt(MARK_CLEARANCE)
                    + " mm of the registration mark marks[" + m + "] (" + describe(z) + ")");
        }
    }

    private void rules() {
        Map<String, FieldSpec> byName = new HashMap<>();
        t.fields().forEach(f -> byName.put(f.name(), f));
        t.tables().forEach(table -> table.columns().forEach(c -> byName.put(table.name() + "[*]." + c.name(), c)));
        for (int i = 0; i < t.rules().size(); i++) {
            CrossRule rule = t.rules().get(i);
            String path = "rules[" + i + "]";
            require(KnownTypes.RULE_KINDS.contains(rule.kind()), path + ".kind", "unknown rule kind '" + rule.kind()
                    + "' (known: " + String.join(", ", KnownTypes.RULE_KINDS.stream().sorted().toList()) + ")");
            for (int f = 0; f < rule.fields().size(); f++) {
                String name = rule.fields().get(f);
                require(byName.containsKey(name), path + ".fields[" + f + "]", "no field named '" + name
                        + "' (table columns are written like children[*].birthDate)");
            }
            switch (rule.kind()) {
                case "not-after", "after" -> require(rule.fields().size() == 2, path + ".fields",
                        rule.kind() + " compares exactly two date fields");
                case "exactly-one" -> require(rule.fields().size() == 1
                        && byName.get(rule.fields().get(0)).type().equals("checkbox-group")
                        || rule.fields().size() > 1 && rule.fields().stream()
                        .allMatch(n -> byName.get(n).type().equals("checkbox")), path + ".fields",
                        "exactly-one takes one checkbox-group, or several checkboxes");
                case "postal-address" -> require(rule.fields().size() == 2
                        && byName.get(rule.fields().get(0)).type().equals("postal-code")
                        && byName.get(rule.fields().get(1)).type().equals("text"), path + ".fields",
                        "postal-address takes a postal-code field, then the text field of its address");
                default -> require(!rule.fields().isEmpty(), path + ".fields", "names no field");
            }
        }
    }

    private void layout() {
        for (int i = 0; i < t.layout().size(); i++) {
            LayoutItem item = t.layout().get(i);
            String path = "layout[" + i + "]";
            require(KnownTypes.LAYOUT_KINDS.contains(item.kind()), path + ".kind", "unknown layout kind '"
                    + item.kind() + "' (known: " + String.join(", ", KnownTypes.LAYOUT_KINDS.stream().sorted().toList())
                    + ")");
            Zone extent = item.kind().equals("line")
                    ? new Zone(Math.min(item.x(), item.x() + item.w()), Math.min(item.y(), item.y() + item.h()),
                    Math.abs(item.w()), Math.abs(item.h()))
                    : new Zone(item.x(), item.y(), item.w(), item.h());
            onPage(path, extent);
            clearOfMarks(path, extent);
            if (PRINTED_TEXT.contains(item.kind())) {
                for (Placed z : zones) {
                    require(!overlap(extent, z.zone()), path, "prints inside " + z.path()
                            + ": a zone must hold only the written value, put labels beside it");
                }
            }
            require(!List.of("text", "title", "label").contains(item.kind()) || item.text() != null, path + ".text",
                    "missing (a " + item.kind() + " prints text)");
        }
    }

    private static boolean overlap(Zone a, Zone b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    private void unique(Set<String> seen, String path, String name) {
        require(seen.add(name), path, "duplicate name '" + name + "'");
    }

    private void require(boolean ok, String path, String problem) {
        if (!ok) {
            throw new TemplateException(file, path, problem);
        }
    }

    private static String describe(Zone z) {
        return "x=" + fmt(z.x()) + " y=" + fmt(z.y()) + " w=" + fmt(z.w()) + " h=" + fmt(z.h());
    }

    private static String fmt(double mm) {
        return mm == Math.rint(mm) ? String.valueOf((long) mm) : String.valueOf(mm);
    }
}
