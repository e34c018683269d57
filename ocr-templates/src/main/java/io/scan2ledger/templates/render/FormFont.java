package io.scan2ledger.templates.render;

import io.scan2ledger.support.JapaneseFont;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The fonts forms are printed and filled in with. Japanese: IPAGothic and IPAMincho (Debian's
 * fonts-ipafont-gothic and fonts-ipafont-mincho; {@code -Dscan2ledger.font.gothic=FILE} or
 * {@code -Dscan2ledger.font.mincho=FILE} point elsewhere). Latin: Liberation Sans, which PDFBox
 * ships in its jar, for the form code: IPAGothic's half-width S reads as '$' in Tesseract.
 */
public enum FormFont {
    GOTHIC(JapaneseFont.GOTHIC),
    MINCHO(JapaneseFont.MINCHO),
    /** Latin letters and digits only (form codes). */
    LATIN(null);

    private static final String CLASSPATH = "classpath:";

    private static final String LATIN_SOURCE = "classpath:/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final JapaneseFont japanese;
    /**
     * Parsing a 6 MB font takes longer than drawing a whole form, so each thread keeps its parsed
     * copy (fontbox's TrueTypeFont is not thread-safe) and every PDF subsets from it.
     */
    private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(this::parse);

    FormFont(JapaneseFont japanese) {
        this.japanese = japanese;
    }

    /** Where the font is read from: a file, or {@code classpath:/...}; an error names the package to install. */
    public String source() {
        return japanese == null ? LATIN_SOURCE : japanese.file().toString();
    }

    /** Embeds the font in {@code doc} as a subset holding only the glyphs the page uses. */
    PDType0Font embedIn(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parsed.get(), true);
    }

    private TrueTypeFont parse() {
        String source = source();
        try {
            return new TTFParser().parse(open(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + source, e);
        }
    }

    private static RandomAccessRead open(String source) throws IOException {
        if (!source.startsWith(CLASSPATH)) {
            return new RandomAccessReadBufferedFile(Path.of(source).toFile());
        }
        try (InputStream in = FormFont.class.getResourceAsStream(source.substring(CLASSPATH.length()))) {
            if (in == null) {
                throw new IOException("not on the classpath: " + source);
            }
            return new RandomAccessReadBuffer(in.readAllBytes());
        }
    }
}
