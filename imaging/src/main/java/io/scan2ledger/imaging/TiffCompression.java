package io.scan2ledger.imaging;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import java.util.Optional;
import java.util.Set;

/** The compression tag of a TIFF directory, and whether the JDK's TIFF reader can decode it. */
final class TiffCompression {

    private static final String FORMAT = "javax_imageio_tiff_image_1.0";
    private static final String COMPRESSION_TAG = "259";
    /** None, CCITT RLE/T.4/T.6, LZW, old and new JPEG, Deflate (two codes), PackBits. */
    private static final Set<String> READABLE = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "32946", "32773");

    private TiffCompression() {
    }

    static boolean readable(String compression) {
        return READABLE.contains(compression);
    }

    /** The tag's value as written (e.g. "4" for CCITT G4); empty if this is no TIFF or the tag cannot be read. */
    static Optional<String> of(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !java.util.Arrays.asList(metadata.getMetadataFormatNames()).contains(FORMAT)) {
                return Optional.empty();
            }
            NodeList fields = ((Element) metadata.getAsTree(FORMAT)).getElementsByTagName("TIFFField");
            for (int i = 0; i < fields.getLength(); i++) {
                Element field = (Element) fields.item(i);
                if (COMPRESSION_TAG.equals(field.getAttribute("number"))) {
                    NodeList values = field.getElementsByTagName("TIFFShort");
                    return values.getLength() == 0 ? Optional.empty()
                            : Optional.of(((Element) values.item(0)).getAttribute("value"));
                }
            }
            return Optional.empty();
        } catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
