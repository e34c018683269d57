package io.scan2ledger.cli;

import io.scan2ledger.digits.CellNormaliser;
import io.scan2ledger.digits.DigitClassifier;
import io.scan2ledger.extraction.DigitRecognizer;
import io.scan2ledger.ocr.Recognizers;
import io.scan2ledger.templates.samples.FillStyles;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

class DumpCellsTmpTest {
    @Test
    void dump() throws Exception {
        int index = Integer.parseInt(System.getenv("DUMP_INDEX"));
        DigitClassifier c = DigitClassifier.load();
        AtomicInteger k = new AtomicInteger();
        new File("/tmp/cells").mkdirs();
        DigitRecognizer dumping = cell -> {
            int i = k.incrementAndGet();
            float[] n = CellNormaliser.normalise(cell);
            BufferedImage out = new BufferedImage(cell.getWidth() + 112 + 4, Math.max(cell.getHeight(), 112), BufferedImage.TYPE_INT_RGB);
            var g = out.createGraphics();
            g.setColor(java.awt.Color.WHITE); g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(cell, 0, 0, null);
            for (int y = 0; y < 112; y++) for (int x = 0; x < 112; x++) {
                int v = 255 - (int) (255 * n[(y / 4) * 28 + x / 4]);
                out.setRGB(cell.getWidth() + 4 + x, y, (v << 16) | (v << 8) | v);
            }
            DigitRecognizer.Cell r = c.read(cell);
            try { ImageIO.write(out, "png", new File(String.format("/tmp/cells/%03d-read%d-p%02d.png", i, r.digit(), (int) (100 * r.probability())))); } catch (Exception e) { throw new RuntimeException(e); }
            return r;
        };
        CorpusSplit.Documents docs = CorpusSplit.handForFitting(HandwritingBenchmark.DEV_SEED, index + 1, ScanOptions.typical().withStyles(FillStyles.NONE));
        try (Bench bench = new Bench(docs.catalog(), Optional.empty(), new Recognizers(dumping, null))) {
            var s = docs.samples().apply(index);
            System.out.println("TRUTH " + s.expected() + " DPI " + s.dpi());
            ImageIO.write(s.page(), "png", new File("/tmp/cells/page.png"));
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dump");
            bench.reader.read(s.writeTo(dir, io.scan2ledger.templates.samples.OutputKind.PNG), Optional.empty());
        }
    }
}
