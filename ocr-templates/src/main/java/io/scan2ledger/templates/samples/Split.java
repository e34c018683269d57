package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.render.FillFont;

import java.util.List;
import java.util.Objects;

/**
 * The named parts of the evaluation corpus. {@link #SEEN} is what the reader's repairs and
 * thresholds were tuned on; the others are held out: nothing fitted, tuned or hand-repaired
 * may look at them, or they stop measuring how the reader does on what it has not seen.
 * Seeds are kept apart too: calibration is fitted on SEEN with seeds from
 * {@link #FITTING_SEED_BASE}; no split's evaluation seeds reach that range.
 */
public enum Split {
    /** The four bundled forms in the typefaces the reader was tuned on; seeds from 42, as the accuracy benchmark. */
    SEEN("seen", 42, List.of(FillFont.IPA_GOTHIC, FillFont.IPA_MINCHO, FillFont.VL_GOTHIC), false),
    /** The four bundled forms filled in held-out typefaces, printed and handwriting-style. */
    UNSEEN_FONTS("unseen-fonts", 2_000_000, heldOutFonts(), false),
    /** Procedurally generated forms (not the bundled four) filled in the same held-out typefaces. */
    UNSEEN_FORMS("unseen-forms", 3_000_000, heldOutFonts(), true),
    /**
     * The four bundled forms written by hand ({@link ScanOptions#withHand}): the handwriting-style
     * typefaces with per-glyph jitter, in blue or black ink, boxed digits from MNIST images that
     * calibration never fits on (the evaluation half of MNIST's test split, supplied by the app).
     */
    HAND("hand", 4_000_000, List.of(FillFont.KLEE, FillFont.SETO, FillFont.KILOJI, FillFont.AOYAGI_SOSEKI,
            FillFont.YOZ, FillFont.YUSEI_MAGIC), false);

    /** First seed calibration is fitted on (split SEEN); fitting seeds stay below {@link #FITTING_SEED_END}. */
    public static final long FITTING_SEED_BASE = 1_000_000;
    public static final long FITTING_SEED_END = 2_000_000;
    /** Room for each split's evaluation seeds: one million samples. */
    public static final long SEEDS_PER_SPLIT = 1_000_000;

    private final String id;
    private final long seedBase;
    private final List<FillFont> fonts;
    private final boolean proceduralForms;

    Split(String id, long seedBase, List<FillFont> fonts, boolean proceduralForms) {
        this.id = id;
        this.seedBase = seedBase;
        this.fonts = fonts;
        this.proceduralForms = proceduralForms;
    }

    /**
     * Typefaces none of whose glyphs the reader was tuned on. Left out although installable: IPAex
     * and Takao (IPA glyphs), M+ and MigMix (VL Gothic's kana and Latin; M+ also lacks 〒), Sawarabi
     * Gothic and Mincho (no 澪, 凛): see the module README.
     */
    private static List<FillFont> heldOutFonts() {
        return List.of(FillFont.NOTO_SANS_CJK, FillFont.NOTO_SERIF_CJK, FillFont.UME_GOTHIC, FillFont.UME_MINCHO,
                FillFont.MOTOYA_CEDAR, FillFont.MOTOYA_MARUBERI, FillFont.KONATU, FillFont.KOMATUNA,
                FillFont.KLEE, FillFont.SETO, FillFont.KILOJI, FillFont.AOYAGI_SOSEKI, FillFont.YOZ,
                FillFont.YUSEI_MAGIC);
    }

    /** {@code seen}, {@code unseen-fonts}, {@code unseen-forms}, {@code hand}. */
    public String id() {
        return id;
    }

    public List<FillFont> fonts() {
        return fonts;
    }

    /** Whether this split is held out from everything fitted or tuned. */
    public boolean heldOut() {
        return this != SEEN;
    }

    /** Whether the split's forms are procedurally generated rather than the bundled four. */
    public boolean proceduralForms() {
        return proceduralForms;
    }

    /** Whether the split's documents are written by hand: its options need {@link ScanOptions#withHand}. */
    public boolean handwritten() {
        return this == HAND;
    }

    /** The first evaluation seed. */
    public long seedBase() {
        return seedBase;
    }

    /** The seed of the split's {@code index}-th sample; never one calibration is fitted on. */
    public long seed(long index) {
        if (index < 0 || index >= SEEDS_PER_SPLIT || this == SEEN && seedBase + index >= FITTING_SEED_BASE) {
            throw new IllegalArgumentException("sample " + index + " is outside split " + id + "'s seeds");
        }
        return seedBase + index;
    }

    /**
     * Typical scans and fill styles ({@link ScanOptions#typical()}) in the split's typefaces; for a
     * {@link #handwritten()} split add the digit images with {@link ScanOptions#withHand}.
     */
    public ScanOptions options() {
        return ScanOptions.typical().withFonts(fonts);
    }

    /** The Debian packages the split's typefaces come from, each once. */
    public List<String> debianPackages() {
        return fonts.stream().map(FillFont::debianPackage).filter(Objects::nonNull).distinct().toList();
    }

    public static Split byId(String id) {
        return Ids.byId(values(), Split::id, "split", id);
    }
}
