package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed samples are what every measurement so far was made on: a new sample mode must leave them
 * pixel for pixel as they were. The hashes were taken on the code before hand mode existed.
 */
class PrintedSamplesUnchangedTest {

    private static final SampleGenerator GENERATOR = new SampleGenerator(TemplateCatalog.bundled());

    @Test
    void aTypicalPrintedSampleHasTheSamePixelsAsBeforeHandMode() {
        assertThat(pixelHash(sample("jidou-teate", 42, ScanOptions.typical()))).isEqualTo("889f851d78d9d99ee92b9ab297fdd6ca2a90f4345da483f55059924bd1d0562b");
    }

    @Test
    void aPrintedSampleOfAHeldOutSplitHasTheSamePixelsAsBeforeHandMode() {
        assertThat(pixelHash(sample("kouza-furikae", Split.UNSEEN_FONTS.seed(7), Split.UNSEEN_FONTS.options())))
                .isEqualTo("b5b7c68dfe2e57281d6aa4c1a7e962349585a136296447fbcdb950e191c661a3");
    }

    private static BufferedImage sample(String form, long seed, ScanOptions options) {
        return GENERATOR.generate(TemplateCatalog.bundled().byId(form).orElseThrow(), seed, options).page();
    }

    /** SHA-256 over the page's size, type and raw raster. */
    static String pixelHash(BufferedImage page) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(12).putInt(page.getWidth()).putInt(page.getHeight()).putInt(page.getType())
                    .array());
            if (page.getRaster().getDataBuffer() instanceof DataBufferInt ints) {
                ByteBuffer bytes = ByteBuffer.allocate(ints.getData().length * 4);
                bytes.asIntBuffer().put(ints.getData());
                sha.update(bytes.array());
            } else {
                sha.update(((DataBufferByte) page.getRaster().getDataBuffer()).getData());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
