package io.scan2ledger.app;

import io.scan2ledger.imaging.ImagingLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code scan2ledger.imaging.*}: the limits that keep memory bounded whatever a scanner (or an
 * attacker) sends; a file over a limit is quarantined with the reason. Defaults: {@link ImagingLimits#defaults()}.
 *
 * @param maxPages         more pages than this and a file is refused
 * @param maxPixelsPerPage a page or embedded image with more pixels is refused (a decompression bomb)
 * @param maxRenderPixels  a page is read at a lower resolution above this
 * @param maxImageSize     the memory one image may take while it is decoded
 */
@ConfigurationProperties("scan2ledger.imaging")
public record ImagingProperties(Integer maxPages, Long maxPixelsPerPage, Long maxRenderPixels, DataSize maxImageSize) {

    public ImagingLimits limits() {
        ImagingLimits d = ImagingLimits.defaults();
        return new ImagingLimits(maxPages == null ? d.maxPages() : maxPages,
                maxPixelsPerPage == null ? d.maxPixelsPerPage() : maxPixelsPerPage,
                maxRenderPixels == null ? d.maxRenderPixels() : maxRenderPixels,
                maxImageSize == null ? d.maxImageBytes() : maxImageSize.toBytes());
    }
}
