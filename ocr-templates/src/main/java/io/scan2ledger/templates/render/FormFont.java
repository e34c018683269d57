package io.scan2ledger.templates.render;

import io.scan2ledger.support.JapaneseFont;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/**
 * The fonts forms are printed with (values are written in a {@link FillFont}). Japanese: IPAGothic
 * and IPAMincho (Debian's fonts-ipafont-gothic and fonts-ipafont-mincho; {@code -Dscan2ledger.font.gothic=FILE} or
 * {@code -Dscan2ledger.font.mincho=FILE} point elsewhere). Latin: Liberation Sans, which PDFBox
 * ships in its jar, for the form code: IPAGothic's half-width S reads as '$' in Tesseract.
 */
public enum FormFont {
    GOTHIC(JapaneseFont.GOTHIC),
    MINCHO(JapaneseFont.MINCHO),
    /** Latin letters and digits only (form codes). */
    LATIN(null);

    private static final String LATIN_SOURCE = ParsedFonts.CLASSPATH
            + "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final JapaneseFont japanese;

    FormFont(JapaneseFont japanese) {
        this.japanese = japanese;
    }

    /** Where the font is read from: a file, or {@code classpath:/...}; an error names the package to install. */
    public String source() {
        return japanese == null ? LATIN_SOURCE : japanese.file().toString();
    }

    /** Embeds the font in {@code doc} as a subset holding only the glyphs the page uses. */
    PDType0Font embedIn(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, ParsedFonts.get(source(), null), true);
    }
}
