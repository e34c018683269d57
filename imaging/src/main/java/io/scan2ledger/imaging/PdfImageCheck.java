package io.scan2ledger.imaging;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Checks the images a PDF page names in its resources (and in those of the forms it draws), with
 * their masks, against the limits, from their dictionaries and headers only. Used at intake, where
 * nothing is rendered; images drawn inline in a content stream are checked while rendering.
 */
final class PdfImageCheck {

    /** Forms nest; hostile files nest them without end or in a loop. Deeper ones are left to the renderer. */
    private static final int MAX_FORM_DEPTH = 8;
    /** Enough for any scan or form; a file naming more images than this is checked as it renders. */
    private static final int MAX_CHECKED = 1000;

    private final ImagingLimits limits;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    PdfImageCheck(ImagingLimits limits) {
        this.limits = limits;
    }

    void check(PDPage page) throws IOException {
        check(page.getResources(), 0);
    }

    private void check(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (seen.size() >= MAX_CHECKED) {
                return;
            }
            PDXObject x = resources.getXObject(name);
            if (x == null || !seen.add(x.getCOSObject())) {
                continue;
            }
            if (x instanceof PDImageXObject image) {
                // The picture as drawn is subsampled to fit while rendering; its decoded data cannot be.
                EmbeddedImage.withMasks(image).check(limits);
            } else if (x instanceof PDFormXObject form) {
                check(form.getResources(), depth + 1);
            }
        }
    }
}
