package io.scan2ledger.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code scan2ledger.extraction.*} and {@code scan2ledger.review.*}.
 *
 * @param workers         documents read in parallel (one Tesseract engine per worker); default: CPU cores
 * @param queueSize       documents waiting for a worker before intake pauses
 * @param tessdata        Tesseract's language data (jpn, eng)
 * @param templates       template folders laid over the bundled catalog in order (add or replace a form, or a
 *                        reference list, without a rebuild); empty: the bundled catalog alone
 * @param sweepInterval   how often stalled documents are queued again
 * @param fourEyesForms   forms whose approval needs two different supervisors
 * @param dvFields        tick-box fields that mark a document DV-protected when ticked
 * @param silentBudget    the share of fields allowed to reach a ledger wrong and unseen, one of the
 *                        budgets in the calibration file's curve; null: the file's own (0.001)
 * @param digitClassifier whether boxed digits are read by the digit classifier (checked by
 *                        Tesseract) where a template leaves the engine to {@code auto}; default true
 * @param digitWeights    the digit classifier's weights file (its {@code .sha256} beside it); null:
 *                        the committed weights on the class path
 */
@ConfigurationProperties("scan2ledger.extraction")
public record ExtractionProperties(Integer workers, Integer queueSize, String tessdata, List<Path> templates,
                                   Duration sweepInterval, List<String> fourEyesForms, List<String> dvFields,
                                   Double silentBudget, Boolean digitClassifier,
                                   Path digitWeights) {

    public ExtractionProperties {
        workers = workers == null || workers <= 0 ? Runtime.getRuntime().availableProcessors() : workers;
        queueSize = queueSize == null ? 100 : queueSize;
        tessdata = tessdata == null ? "/usr/share/tesseract-ocr/5/tessdata" : tessdata;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
        fourEyesForms = fourEyesForms == null ? List.of() : fourEyesForms;
        dvFields = dvFields == null ? List.of() : dvFields;
        templates = templates == null ? List.of() : List.copyOf(templates);
        digitClassifier = digitClassifier == null || digitClassifier;
    }
}
