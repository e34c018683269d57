package io.scan2ledger.templates;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.render.FormRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a template folder's generated files current: each form's {@code blank.pdf} and the
 * {@code index.txt} the bundled catalog reads. Run after changing a template:
 * {@code mvn -pl ocr-templates test -Dtest=BlankFormsTest -Dregenerate=true} (or this main class
 * with the folder as its argument).
 */
public final class BlankForms {

    public static final String BLANK_PDF = "blank.pdf";

    private BlankForms() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> written = regenerate(Path.of(args.length > 0 ? args[0] : "."));
        System.out.println("regenerated " + written.size() + " files");
    }

    /** Writes every blank.pdf and index.txt below {@code root}; returns the files that changed. */
    public static List<Path> regenerate(Path root) throws IOException {
        List<Path> changed = new ArrayList<>();
        // Laid over the bundled catalog, as the application reads it, so a folder's form may use the
        // bundled lists; only the folder's own forms get a blank.pdf.
        TemplateCatalog catalog = TemplateCatalog.layered(List.of(root));
        for (FormTemplate template : catalog.all()) {
            Path folder = root.resolve(template.id());
            if (catalog.source(template.id()).orElseThrow().equals(folder.resolve(TemplateCatalog.TEMPLATE_FILE).toString())) {
                writeIfChanged(folder.resolve(BLANK_PDF), blankPdf(template), changed);
            }
        }
        String index = "# Files of the bundled catalog (rewritten by BlankForms; do not edit by hand).\n"
                + String.join("\n", TemplateCatalog.indexOf(root)) + "\n";
        writeIfChanged(root.resolve(TemplateCatalog.INDEX), index.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                changed);
        return changed;
    }

    public static byte[] blankPdf(FormTemplate template) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FormRenderer().blankPdf(template, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIfChanged(Path file, byte[] content, List<Path> changed) throws IOException {
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), content)) {
            Files.write(file, content);
            changed.add(file);
        }
    }
}
