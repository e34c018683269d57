package io.scan2ledger.templates.render;

import io.scan2ledger.support.JapaneseFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A typeface values are written in: any Japanese font file (.ttf, .otf, or one face of a .ttc),
 * with the Debian package that installs it. The constants are the fonts the sample splits use
 * ({@code samples.Split}); which were kept or left out, and why, is in the module README.
 */
public final class FillFont {

    // The typefaces the reader was tuned on.
    public static final FillFont IPA_GOTHIC = new FillFont("IPAGothic", JapaneseFont.GOTHIC, null, null, null);
    public static final FillFont IPA_MINCHO = new FillFont("IPAMincho", JapaneseFont.MINCHO, null, null, null);
    public static final FillFont VL_GOTHIC = debian("VL Gothic", "fonts-vlgothic", "truetype/vlgothic/VL-Gothic-Regular.ttf");

    // Held out: printed typefaces.
    public static final FillFont NOTO_SANS_CJK = new FillFont("Noto Sans CJK JP", null, "fonts-noto-cjk",
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), "NotoSansCJKjp-Regular");
    public static final FillFont NOTO_SERIF_CJK = new FillFont("Noto Serif CJK JP", null, "fonts-noto-cjk",
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), "NotoSerifCJKjp-Regular");
    public static final FillFont UME_GOTHIC = debian("Ume Gothic", "fonts-horai-umefont", "truetype/horai-umefont/ume-tgo4.ttf");
    public static final FillFont UME_MINCHO = debian("Ume Mincho", "fonts-horai-umefont", "truetype/horai-umefont/ume-tmo3.ttf");
    public static final FillFont MOTOYA_CEDAR = debian("Motoya L Cedar", "fonts-motoya-l-cedar", "truetype/motoya-l-cedar/MTLc3m.ttf");
    public static final FillFont MOTOYA_MARUBERI = debian("Motoya L Maruberi", "fonts-motoya-l-maruberi",
            "truetype/motoya-l-maruberi/MTLmr3m.ttf");
    public static final FillFont KONATU = debian("Konatu", "fonts-konatu", "truetype/konatu/Konatu.ttf");
    public static final FillFont KOMATUNA = debian("Komatuna", "fonts-komatuna", "truetype/komatuna/komatuna.ttf");

    // Held out: handwriting-style typefaces (pen, brush, marker).
    public static final FillFont KLEE = debian("Klee One", "fonts-klee", "truetype/klee/KleeOne-Regular.ttf");
    public static final FillFont SETO = debian("Seto", "fonts-seto", "truetype/seto/setofont.ttf");
    public static final FillFont KILOJI = debian("Kiloji", "fonts-kiloji", "truetype/kiloji/kiloji.ttf");
    public static final FillFont AOYAGI_SOSEKI = debian("Aoyagi Soseki", "fonts-aoyagi-soseki",
            "truetype/aoyagi-soseki/aoyagi-soseki.ttf");
    public static final FillFont YOZ = debian("Yoz", "fonts-yozvox-yozfont-standard-kana",
            "truetype/yozvox-yozfont/YOzRS_.ttf");
    public static final FillFont YUSEI_MAGIC = debian("Yusei Magic", "fonts-yusei-magic",
            "truetype/yusei-magic/YuseiMagic-Regular.ttf");

    private final String name;
    private final JapaneseFont japanese;
    private final String debianPackage;
    private final Path path;
    private final String face;

    private FillFont(String name, JapaneseFont japanese, String debianPackage, Path path, String face) {
        this.name = Objects.requireNonNull(name);
        this.japanese = japanese;
        this.debianPackage = debianPackage;
        this.path = path;
        this.face = face;
    }

    /** Any font file; {@code face} names the font inside a .ttc collection (null otherwise). */
    public static FillFont of(String name, Path file, String face) {
        return new FillFont(name, null, null, file, face);
    }

    private static FillFont debian(String name, String debianPackage, String underFonts) {
        return new FillFont(name, null, debianPackage, Path.of("/usr/share/fonts", underFonts), null);
    }

    /** The display name recorded in the ground truth, e.g. {@code Klee One}. */
    public String name() {
        return name;
    }

    /** The Debian package holding the file ({@code null} for a file given by path). */
    public String debianPackage() {
        return japanese != null ? (japanese == JapaneseFont.GOTHIC ? "fonts-ipafont-gothic" : "fonts-ipafont-mincho")
                : debianPackage;
    }

    /** The font file; an error names the package to install. */
    public Path file() {
        if (japanese != null) {
            return japanese.file();
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("font " + name + " not found at " + path
                    + (debianPackage == null ? "" : ": install the Debian package " + debianPackage));
        }
        return path;
    }

    /** The characters of {@code text} the font has no glyph for (blank when it can write all of it). */
    public String missing(String text) {
        CmapLookup cmap;
        try {
            cmap = parsed().getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new IllegalStateException("font " + name + " has no Unicode cmap", e);
        }
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .filter(c -> cmap.getGlyphId(c) == 0 && missing.indexOf(Character.toString(c)) < 0)
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Embeds the font in {@code doc} as a subset holding only the glyphs the page uses. */
    PDType0Font embedIn(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parsed(), true);
    }

    private TrueTypeFont parsed() {
        return ParsedFonts.get(file().toString(), face);
    }

    /** Whether this is the file {@code print} reads (values then share the page's embedded subset). */
    boolean sameFileAs(FormFont print) {
        return face == null && file().toString().equals(print.source());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FillFont other && name.equals(other.name) && Objects.equals(path, other.path)
                && japanese == other.japanese && Objects.equals(face, other.face);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, path, face);
    }

    @Override
    public String toString() {
        return name;
    }
}
