package io.scan2ledger.templates.render;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed font files, one copy per thread. Parsing a 6 MB font takes longer than drawing a whole
 * form, and fontbox's TrueTypeFont is not thread-safe, so each thread keeps its parsed copy and
 * every PDF subsets from it. Reads .ttf, CFF-flavoured .otf, and one face of a .ttc collection.
 */
final class ParsedFonts {

    static final String CLASSPATH = "classpath:";

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private ParsedFonts() {
    }

    /** The font at {@code source} (a file or {@code classpath:/...}); {@code face} names one font of a .ttc. */
    static TrueTypeFont get(String source, String face) {
        return PARSED.get().computeIfAbsent(face == null ? source : source + "#" + face, key -> parse(source, face));
    }

    private static TrueTypeFont parse(String source, String face) {
        try {
            if (source.endsWith(".ttc")) {
                // The collection stays open: the face reads its glyphs from it lazily.
                TrueTypeFont font = new TrueTypeCollection(Path.of(source).toFile()).getFontByName(face);
                if (font == null) {
                    throw new IOException("no face " + face + " in the collection");
                }
                return font;
            }
            RandomAccessRead in = open(source);
            return source.endsWith(".otf") ? new OTFParser().parse(in) : new TTFParser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + source + (face == null ? "" : " (" + face + ")"), e);
        }
    }

    private static RandomAccessRead open(String source) throws IOException {
        if (!source.startsWith(CLASSPATH)) {
            return new RandomAccessReadBufferedFile(Path.of(source).toFile());
        }
        try (InputStream in = ParsedFonts.class.getResourceAsStream(source.substring(CLASSPATH.length()))) {
            if (in == null) {
                throw new IOException("not on the classpath: " + source);
            }
            return new RandomAccessReadBuffer(in.readAllBytes());
        }
    }
}
