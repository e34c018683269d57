package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason.Code;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * PDFBox's renderer with memory bounds on what a page may make it decode. Every image drawn (from
 * the resources or inline, in forms, patterns, glyphs and masks) is sized from its dictionary and
 * header first; an image over the limits fails the page instead of exhausting the heap. Images are
 * decoded subsampled to the resolution they are drawn at (never more pixels than the device has)
 * and further if needed to fit the image memory limit.
 *
 * <p>PDFBox skips an image whose drawing fails and carries on with the page, so a refused image is
 * remembered and the page as a whole is refused once rendered.
 */
final class BoundedPdfRenderer extends PDFRenderer {

    /** Scans have none or one; each level holds a page-sized picture while the levels inside it draw. */
    private static final int MAX_GROUP_DEPTH = 4;

    private final ImagingLimits limits;
    private float scale = 1;
    private BoundedPageDrawer drawer;

    BoundedPdfRenderer(PDDocument document, ImagingLimits limits) {
        super(document);
        this.limits = limits;
        setSubsamplingAllowed(true);
    }

    /** Renders a page in 8-bit gray; throws {@link OverLimit} if something on it was over the limits. */
    BufferedImage renderGray(int pageIndex, float dpi) throws IOException {
        scale = dpi / 72f;
        BufferedImage image = renderImage(pageIndex, scale, ImageType.GRAY);
        if (drawer != null && drawer.refused != null) {
            throw drawer.refused;
        }
        return image;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        drawer = new BoundedPageDrawer(parameters, limits, scale);
        return drawer;
    }

    private static final class BoundedPageDrawer extends PageDrawer {

        private final ImagingLimits limits;
        private final double devicePixelsPerUnit;
        private EmbeddedImage drawing;
        private int groupDepth;
        private OverLimit refused;

        BoundedPageDrawer(PageDrawerParameters parameters, ImagingLimits limits, float scale) throws IOException {
            super(parameters);
            this.limits = limits;
            this.devicePixelsPerUnit = (double) scale * scale;
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            if (refused != null) {
                return;
            }
            try {
                drawing = image instanceof PDImageXObject x ? EmbeddedImage.withMasks(x) : EmbeddedImage.of(image);
                drawing.check(limits);
            } catch (OverLimit over) {
                refused = over;
                return;
            }
            try {
                super.drawImage(image);
            } finally {
                drawing = null;
            }
        }

        /**
         * As many image pixels as device pixels the image covers (PDFBox rounds the other way and stops
         * at 8), and fewer still if the drawn picture would not fit in the image memory limit.
         */
        @Override
        protected int getSubsampling(PDImage image, AffineTransform at) {
            double devicePixels = Math.max(1, Math.abs(at.getDeterminant()) * devicePixelsPerUnit);
            long imagePixels = drawing == null ? (long) image.getWidth() * image.getHeight() : drawing.pixels();
            int toDevice = (int) Math.ceil(Math.sqrt(imagePixels / devicePixels));
            int toFit = drawing == null ? 1 : drawing.subsamplingToFit(limits);
            int smallestSide = Math.max(1, Math.min(image.getWidth(), image.getHeight()));
            return Math.max(1, Math.min(Math.max(toDevice, toFit), smallestSide));
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            if (refused != null) {
                return;
            }
            if (groupDepth >= MAX_GROUP_DEPTH) {
                refused = new OverLimit(Code.CORRUPT, "transparency groups nested more than " + MAX_GROUP_DEPTH + " deep");
                return;
            }
            groupDepth++;
            try {
                super.showTransparencyGroup(form);
            } finally {
                groupDepth--;
            }
        }
    }
}
