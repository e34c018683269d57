package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Point;
import io.scan2ledger.templates.render.Filling;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One synthetic filled-in form: what was written, what should be keyed, and its scan.
 *
 * @param fields      every field (table cells expanded), in template order, written and expected
 * @param defects     mistakes planted for review tests (empty for a normal sample)
 * @param filling     how the form was filled in (values, typeface, ticks, ink blots, slants, strokes, seals)
 * @param scanStyle   how the page was sent: a normal scan, a fax, a low-quality JPEG
 * @param degradation what the scan did to the clean page
 * @param page        the scanned page: TYPE_BYTE_GRAY, TYPE_INT_RGB for a colour scan (a red seal),
 *                    or TYPE_BYTE_BINARY for a bilevel scan
 */
public record Sample(FormTemplate form, long seed, int dpi, Map<String, FieldValue> fields,
                     List<Defect.Planted> defects, Filling filling, ScanStyle scanStyle, Degradation degradation,
                     BufferedImage page) {

    public Sample {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        defects = List.copyOf(defects);
    }

    /** The values as written on the form, by field name. */
    public Map<String, String> written() {
        return writtenOf(fields);
    }

    static Map<String, String> writtenOf(Map<String, FieldValue> fields) {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.put(name, value.written()));
        return out;
    }

    /** The normalised ground truth, by field name ("" for an empty field). */
    public Map<String, String> expected() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> out.put(name, value.expected()));
        return out;
    }

    public Transform transform() {
        return degradation.transform();
    }

    public List<BufferedImage> pages() {
        return List.of(page);
    }

    /** Centres of the registration marks on the scan, in pixels (what registration should find). */
    public List<Point> marksOnScan() {
        List<Point> out = new ArrayList<>();
        double pxPerMm = dpi / 25.4;
        for (Point mark : form.marks()) {
            Point moved = transform().map(mark, form.pageWidth(), form.pageHeight());
            out.add(new Point(Math.round(moved.x() * pxPerMm * 10) / 10.0, Math.round(moved.y() * pxPerMm * 10) / 10.0));
        }
        return out;
    }

    /** {@code <form-id>-s<seed>}: a sample can be made again from its name. */
    public String baseName() {
        return form.id() + "-s" + seed;
    }

    /** Writes the scan as {@code kind} and its {@code .truth.json} beside it; returns the scan's path. */
    public Path writeTo(Path dir, OutputKind kind) throws IOException {
        return SampleFiles.write(this, dir, baseName(), kind);
    }
}
