package io.scan2ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.Problem;
import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.validation.Validator;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./scan2ledger extract <file> [--template ID] [--templates DIR[,DIR]] [--overlay out.png]}: reads
 * one scan without the server, the template author's tool. Prints JSON (form, and each field's
 * value, raw text, confidence, box and problems) and can draw the zones and values on the scan.
 * It prints what is on the scan, personal data included: it is meant for sample and test scans.
 */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("usage: extract <file> [--template ID] [--templates DIR[,DIR]] [--overlay out.png]");
            return 2;
        }
        Path file = Path.of(args[1]);
        try (Bench bench = new Bench(Commands.templateFolders(args))) {
            Optional<FormTemplate> chosen = Optional.ofNullable(Commands.option(args, "--template", null))
                    .map(id -> bench.catalog.byId(id).orElseThrow(() -> new IllegalArgumentException(
                            "no template '" + id + "'; known: " + bench.catalog.all().stream().map(FormTemplate::id).toList())));
            Reading reading = bench.reader.read(file, chosen);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.getFileName().toString());
            json.put("pages", reading.pages());
            int exit = 0;
            if (reading instanceof Reading.Classified classified) {
                Validator.Verdict verdict = bench.verdict(classified);
                json.put("form", classified.template().id());
                json.put("version", classified.template().version());
                json.put("straightThrough", verdict.straightThrough());
                json.put("notes", classified.notes().stream().map(ExtractCommand::problem).toList());
                json.put("fields", verdict.fields().stream().map(ExtractCommand::field).toList());
                String overlay = Commands.option(args, "--overlay", null);
                if (overlay != null) {
                    drawOverlay(file, classified.pages().get(0), verdict.fields(), Path.of(overlay));
                    json.put("overlay", overlay);
                }
            } else if (reading instanceof Reading.Unclassified unclassified) {
                json.put("form", null);
                json.put("unclassified", unclassified.why());
                exit = 3;
            } else {
                json.put("unreadable", ((Reading.Unreadable) reading).detail());
                exit = 4;
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            return exit;
        }
    }

    private static Map<String, Object> field(DocumentField f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("type", f.type());
        m.put("value", f.value());
        m.put("raw", f.rawText());
        m.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        m.put("method", f.method());
        m.put("page", f.page());
        m.put("box", f.box());
        m.put("problems", f.problems().stream().map(ExtractCommand::problem).toList());
        return m;
    }

    private static Map<String, String> problem(Problem p) {
        return Map.of("code", p.code(), "severity", p.severity().name(), "ja", p.ja(), "en", p.en());
    }

    /** The first page with every field's box: green fine, orange for review, red invalid; the value beside it. */
    private static void drawOverlay(Path file, PageRead page, List<DocumentField> fields, Path out) throws Exception {
        BufferedImage scan = new PageRenderer(ImagingLimits.defaults()).pages(file, (int) Math.round(page.dpi())).get(0)
                .image();
        BufferedImage canvas = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.drawImage(scan, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("IPAGothic", Font.PLAIN, Math.max(16, scan.getWidth() / 70)));
            g.setStroke(new BasicStroke(Math.max(3f, scan.getWidth() / 500f)));
            for (DocumentField f : fields) {
                Box b = f.box();
                if (b == null) {
                    continue;
                }
                boolean invalid = f.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.INVALID);
                g.setColor(invalid ? new Color(200, 30, 30) : f.needsAttention() ? new Color(230, 140, 0)
                        : new Color(20, 150, 60));
                g.drawRect(b.x(), b.y(), b.w(), b.h());
                g.drawString(f.value() + String.format("  (%.0f%%)", f.confidence() * 100), b.x() + 4, b.y() - 4);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(canvas, "png", out.toFile());
    }
}
