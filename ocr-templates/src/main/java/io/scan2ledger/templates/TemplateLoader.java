package io.scan2ledger.templates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FieldRules;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.LayoutItem;
import io.scan2ledger.template.OcrSettings;
import io.scan2ledger.template.Point;
import io.scan2ledger.template.TableSpec;
import io.scan2ledger.template.Zone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads a template.yaml into a {@link FormTemplate}, strictly: anything unexpected, missing or
 * inconsistent fails with the file and YAML path, never a template that quietly reads nothing.
 * The YAML keys mirror the record components; see the module README for the schema.
 */
public final class TemplateLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "titleEn", "formCode",
            "formCodeZone", "keywords", "page", "markSize", "marks", "reviewThreshold", "fields", "tables",
            "rules", "layout");
    private static final Set<String> FIELD_KEYS = Set.of("name", "label", "labelEn", "type", "zone", "cells",
            "options", "ocr", "required", "threshold", "rules", "engine");

    private TemplateLoader() {
    }

    public static FormTemplate load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new TemplateException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** @param file how to name the source in error messages (a path or a classpath resource) */
    public static FormTemplate read(String file, InputStream in) {
        try {
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormTemplate parse(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new TemplateException(file, "", "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        FormTemplate template = template(new YamlMap(file, "", root).allowOnly(TOP_KEYS));
        TemplateChecks.check(file, template);
        return template;
    }

    private static FormTemplate template(YamlMap top) {
        YamlMap page = top.map("page").allowOnly(Set.of("width", "height"));
        return new FormTemplate(top.text("id"), top.integer("version"), top.text("title"), top.optText("titleEn"),
                top.text("formCode"), zone(top.map("formCodeZone")), top.texts("keywords"),
                page.number("width"), page.number("height"),
                top.maps("marks", m -> new Point(m.allowOnly(Set.of("x", "y")).number("x"), m.number("y"))),
                top.number("markSize"), top.number("reviewThreshold"),
                top.maps("fields", TemplateLoader::field), top.maps("tables", TemplateLoader::table),
                top.maps("rules", TemplateLoader::rule), top.maps("layout", TemplateLoader::layoutItem));
    }

    private static FieldSpec field(YamlMap f) {
        f.allowOnly(FIELD_KEYS);
        String type = f.text("type");
        if (!KnownTypes.ALL.contains(type)) {
            throw f.error("type", "unknown field type '" + type + "' (known: "
                    + String.join(", ", KnownTypes.ALL.stream().sorted().toList()) + ")");
        }
        List<FieldSpec.Option> options = f.items("options", TemplateLoader::option, v -> new FieldSpec.Option(v, null));
        Zone zone = f.has("zone") ? zone(f.map("zone")) : null;
        if (type.equals("checkbox-group")) {
            if (zone != null) {
                throw f.error("zone", "a checkbox-group has no zone of its own: give each option a zone");
            }
            zone = unionOf(f, options);
        } else if (zone == null) {
            throw f.error("zone", "missing (required for a " + type + " field)");
        }
        int cells = f.has("cells") ? f.integer("cells") : 0;
        return new FieldSpec(f.text("name"), f.text("label"), f.optText("labelEn"), type, zone,
                cells, options, ocr(f.optMap("ocr")), f.bool("required", false),
                f.optNumber("threshold"), rules(f.optMap("rules")), engine(f, type, cells));
    }

    /** The field's engine, refused where it cannot read the field. */
    private static Engine engine(YamlMap f, String type, int cells) {
        Engine engine;
        try {
            engine = Engine.of(f.optText("engine"));
        } catch (IllegalArgumentException e) {
            throw f.error("engine", e.getMessage());
        }
        if (engine != Engine.AUTO && type.startsWith("checkbox")) {
            throw f.error("engine", "tick boxes are read by their ink, not by an engine: leave engine out");
        }
        if (engine == Engine.DIGITS && cells == 0) {
            throw f.error("engine", "digits reads boxed digits one cell at a time: give the field cells, or use auto");
        }
        if (engine == Engine.ONNX && type.equals("kana")) {
            throw f.error("engine", "the PP-OCR model has no kana: a kana field keeps tesseract (or auto)");
        }
        return engine;
    }

    /** A checkbox group's zone is the box around its tick boxes (a crop for the review screen). */
    private static Zone unionOf(YamlMap f, List<FieldSpec.Option> options) {
        if (options.isEmpty()) {
            throw f.error("options", "a checkbox-group needs options, each with the zone of its tick box");
        }
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (int i = 0; i < options.size(); i++) {
            Zone z = options.get(i).zone();
            if (z == null) {
                throw f.error("options[" + i + "]", "option '" + options.get(i).value() + "' has no zone (where its tick box is printed)");
            }
            x0 = Math.min(x0, z.x());
            y0 = Math.min(y0, z.y());
            x1 = Math.max(x1, z.x() + z.w());
            y1 = Math.max(y1, z.y() + z.h());
        }
        return new Zone(x0, y0, x1 - x0, y1 - y0);
    }

    private static FieldSpec.Option option(YamlMap o) {
        o.allowOnly(Set.of("value", "zone"));
        return new FieldSpec.Option(o.text("value"), o.has("zone") ? zone(o.map("zone")) : null);
    }

    private static OcrSettings ocr(YamlMap o) {
        if (o == null) {
            return null;
        }
        o.allowOnly(Set.of("language", "psm", "whitelist"));
        return new OcrSettings(o.text("language"), o.integer("psm"), o.optText("whitelist"));
    }

    private static FieldRules rules(YamlMap r) {
        if (r == null) {
            return null;
        }
        r.allowOnly(Set.of("pattern", "minLength", "maxLength", "min", "max", "reference", "reading", "places"));
        return new FieldRules(r.optText("pattern"), r.optInteger("minLength"), r.optInteger("maxLength"),
                r.optText("min"), r.optText("max"), r.optText("reference"), r.optText("reading"), r.optText("places"));
    }

    private static TableSpec table(YamlMap t) {
        t.allowOnly(Set.of("name", "label", "labelEn", "rows", "rowPitch", "columns"));
        return new TableSpec(t.text("name"), t.text("label"), t.optText("labelEn"), t.integer("rows"),
                t.number("rowPitch"), t.maps("columns", TemplateLoader::field));
    }

    private static CrossRule rule(YamlMap r) {
        r.allowOnly(Set.of("kind", "fields", "ja", "en"));
        return new CrossRule(r.text("kind"), r.texts("fields"), r.text("ja"), r.text("en"));
    }

    private static LayoutItem layoutItem(YamlMap l) {
        l.allowOnly(Set.of("kind", "x", "y", "w", "h", "text", "size", "bold"));
        return new LayoutItem(l.text("kind"), l.number("x"), l.number("y"), orZero(l.optNumber("w")),
                orZero(l.optNumber("h")), l.optText("text"), orZero(l.optNumber("size")), l.bool("bold", false));
    }

    private static Zone zone(YamlMap z) {
        z.allowOnly(Set.of("x", "y", "w", "h"));
        return new Zone(z.number("x"), z.number("y"), z.number("w"), z.number("h"));
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
