package io.scan2ledger.extraction;

import io.scan2ledger.template.FormTemplate;

import java.nio.file.Path;
import java.util.Optional;

/** Port: reads a scanned or born-digital file: classifies the form, registers the page, reads every field. */
public interface FormReader {

    /**
     * @param file     the original file (PDF, TIFF, PNG or JPEG)
     * @param template the form, when already known (a supervisor picked it); empty to classify
     */
    Reading read(Path file, Optional<FormTemplate> template);
}
