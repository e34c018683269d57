package io.scan2ledger.templates;

import java.nio.file.Files;
import java.nio.file.Path;

/** The module's own folder (the templates' source), wherever Maven runs the tests from. */
public final class ModuleFiles {

    private ModuleFiles() {
    }

    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("jumin-ido")) ? here : here.resolve("ocr-templates");
        if (!Files.exists(root.resolve("index.txt"))) {
            throw new IllegalStateException("cannot find the ocr-templates module from " + here);
        }
        return root;
    }
}
