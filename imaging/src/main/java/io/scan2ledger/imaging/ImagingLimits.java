package io.scan2ledger.imaging;

/**
 * Limits that keep memory bounded whatever a scanner (or an attacker) sends. Sizes are read from
 * headers and dictionaries, so a file over a limit is refused before its pixels are decoded.
 *
 * @param maxPages         more pages than this and the file is refused; never more are read
 * @param maxPixelsPerPage a page image (an image file's page, or an image inside a PDF) with more
 *                         pixels is refused
 * @param maxRenderPixels  a page is read at a lower resolution when it would otherwise have more
 *                         pixels than this (PDF pages are rendered at a lower dpi, image pages subsampled)
 * @param maxImageBytes    the memory one image may take while it is decoded: a PDF image's decoded
 *                         data plus its pixels as drawn, a TIFF strip or tile, an image page as read
 */
public record ImagingLimits(int maxPages, long maxPixelsPerPage, long maxRenderPixels, long maxImageBytes) {

    public ImagingLimits {
        if (maxPages < 1 || maxPixelsPerPage < 1 || maxRenderPixels < 1 || maxImageBytes < 1) {
            throw new IllegalArgumentException("imaging limits must be positive");
        }
    }

    /**
     * 200 pages; 100 megapixels is A3 at 600 dpi with room to spare (A4 at 300 dpi is 8.7 Mpx);
     * pages are read at up to 40 Mpx (A4 at 600 dpi); 128 MiB per image. One extraction worker then
     * needs well under 384 MB of heap for any input.
     */
    public static ImagingLimits defaults() {
        return new ImagingLimits(200, 100_000_000L, 40_000_000L, 128L * 1024 * 1024);
    }
}
