package io.scan2ledger.ocr;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.DigitRecognizer;
import io.scan2ledger.extraction.FieldRead;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.TextRecognizer;
import io.scan2ledger.imaging.ScanPage;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.OcrSettings;
import io.scan2ledger.template.Zone;
import io.scan2ledger.validation.NameDictionary;
import io.scan2ledger.validation.PlausibleReading;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one field from a registered page: tick boxes by their ink, boxed digits one box at a time
 * by the digit classifier (or, without it, as one line with the box lines removed), everything else
 * with Tesseract on the zone's ink (or PP-OCR where the template says so). Born-digital pages give
 * their text layer instead.
 */
final class FieldReader {

    /** OCR resolution for zones: Tesseract is happiest with capital letters 20-40 px high. */
    static final int OCR_DPI = 300;
    private static final double PX_PER_MM = OCR_DPI / 25.4;
    /** The printed box lines stay out of the crop. */
    private static final double ZONE_INSET_MM = 0.8;
    /** Tick box interior: below LOW clearly empty, above HIGH clearly ticked, in between doubtful. */
    private static final double TICK_LOW = 0.03;
    private static final double TICK_HIGH = 0.09;
    /** An engine score for what no engine read (an empty zone, a clear tick): the evidence says the rest. */
    private static final double NO_DOUBT = 1.0;
    /** A character its model scores below this is shown to the supervisor as in doubt. */
    private static final float WEAK_CHAR = 80f;
    /**
     * The model that checks each model's reading: Debian's {@code jpn} (tesseract-ocr-jpn) and the
     * Japanese script model {@code Japanese} (tesseract-ocr-script-jpan) check each other, whichever
     * a template reads a field with; {@code Japanese} also checks {@code eng}'s digits (phone
     * numbers): on a typeface it does not know, {@code eng} reads 3 as 5 at 0.95 confidence.
     */
    private static final java.util.Map<String, String> SECOND_OPINION = java.util.Map.of("jpn", "Japanese",
            "Japanese", "jpn", "eng", "Japanese");
    private static final String DIGITS = "0123456789";
    /** The scale of a name's third reading. */
    private static final double SMALLER = 0.75;

    /** The share of a box's height (or width) a printed line covers and a written stroke does not. */
    private static final double LINE_SHARE = 0.85;
    /** A line's fringe: how far, and how inked, the columns beside it are still the line. */
    private static final int LINE_FRINGE = 2;
    private static final double FRINGE_SHARE = 0.4;
    /** A character or box a neural recogniser gives less than this is shown to the supervisor as in doubt. */
    private static final double WEAK_PROBABILITY = 0.8;

    private final TesseractEngine tesseract;
    private final OcrSettingsDefaults defaults;
    private final PlausibleReading plausible;
    private final Recognizers recognizers;

    FieldReader(TesseractEngine tesseract, OcrSettingsDefaults defaults, PlausibleReading plausible,
                Recognizers recognizers) {
        this.tesseract = tesseract;
        this.defaults = defaults;
        this.plausible = plausible;
        this.recognizers = recognizers;
    }

    FieldRead read(FieldSpec field, RegisteredPage page, int pageNo, List<ScanPage.Glyph> textLayer) {
        return switch (field.type()) {
            case "checkbox" -> readTicks(field, page, pageNo, List.of(new FieldSpec.Option("true", field.zone())));
            case "checkbox-group" -> readTicks(field, page, pageNo, field.options());
            default -> textLayer.isEmpty() ? repaired(field, ocr(field, page, pageNo))
                    : fromTextLayer(field, page, pageNo, textLayer);
        };
    }

    /**
     * A reading the field's type or rules refuse, repaired when the repair is clear-cut: the entry
     * of a closed list it is a near miss of (にじいうろ保育園), or the one valid value a commonly
     * confused digit gives (19月 → 10月). The repair is evidence; the certainty model weighs it.
     */
    private FieldRead repaired(FieldSpec field, FieldRead read) {
        if (read.method() != ReadMethod.OCR) {
            return read;
        }
        FieldRead placed = plausible.placeRepaired(field, read.rawText())
                .map(text -> read.repaired(text, Evidence.Repair.ADDRESS_MASTER)).orElse(read);
        if (plausible.accepts(field, placed.rawText())) {
            return placed;
        }
        return plausible.nearEntry(field, placed.rawText())
                .map(text -> placed.repaired(text, Evidence.Repair.NEAR_ENTRY))
                .or(() -> plausible.confusedDigits(field, placed.rawText())
                        .map(text -> placed.repaired(text, Evidence.Repair.CONFUSED_DIGIT)))
                .orElse(placed);
    }

    private FieldRead readTicks(FieldSpec field, RegisteredPage page, int pageNo, List<FieldSpec.Option> options) {
        List<String> ticked = new ArrayList<>();
        Evidence evidence = Evidence.single(Double.NaN);
        double faintest = 0;
        for (FieldSpec.Option option : options) {
            BufferedImage box = page.zone(ZoneSampler.inset(option.zone(), option.zone().w() * 0.2), OCR_DPI / 2);
            double ink = Ink.darkRatio(box, page.inkThreshold());
            if (ink >= TICK_HIGH) {
                ticked.add(option.value());
            } else if (ink > TICK_LOW) {
                // A faint mark or a stray stroke: counted, and said so.
                ticked.add(option.value());
                evidence = evidence.withRepair(Evidence.Repair.FAINT_TICK);
                faintest = Math.max(faintest, ink);
            }
        }
        String raw = field.type().equals("checkbox") ? String.valueOf(!ticked.isEmpty()) : String.join(",", ticked);
        return new FieldRead(field.name(), raw, NO_DOUBT, pageNo, page.box(field.zone() != null ? field.zone()
                : span(options)), ReadMethod.TICK, evidence.withInk(faintest));
    }

    private FieldRead ocr(FieldSpec field, RegisteredPage page, int pageNo) {
        if (field.cells() > 0) {
            return readCells(field, page, pageNo);
        }
        BufferedImage crop = page.zone(ZoneSampler.inset(field.zone(), ZONE_INSET_MM), OCR_DPI);
        InkBox.Line line = InkBox.prepare(crop, page.inkThreshold(), 2, true);
        if (line == null || line.isSpeck(PX_PER_MM)) {
            return empty(field, page, pageNo);
        }
        OcrSettings settings = defaults.forField(field);
        if (recognizers.firstFor(field) == Engine.ONNX) {
            return byOnnx(field, page, pageNo, crop, line, settings);
        }
        Spaces.Found spaces = Spaces.of(field.type()).find(line);
        boolean name = Spaces.of(field.type()) == Spaces.NAME;
        List<BufferedImage> pieces = name ? List.of() : line.split(spaces.gaps());
        Reading first = name ? readName(line, spaces, settings) : readPieces(pieces, settings);
        String raw = first.text();
        double confidence = first.confidence();
        Evidence evidence = Evidence.single(first.confidence()).withWeakChars(first.weak())
                .withSplit(spaces.ambiguous() || first.splitGuessed() ? Evidence.Split.GUESSED
                        : spaces.gaps().isEmpty() ? Evidence.Split.NONE : Evidence.Split.SEEN);
        String secondModel = SECOND_OPINION.get(settings.language());
        if (secondModel != null) {
            // A second opinion from a differently trained model on the same ink: two models that
            // were trained apart rarely make the same mistake. Agreeing is not proof (both map
            // kanji they never learned, 紬, to the same look-alike, 細): the model weighs both scores.
            OcrSettings other = new OcrSettings(secondModel, settings.psm(), settings.whitelist());
            Reading second = name ? readName(line, spaces, other) : readPieces(pieces, other);
            confidence = Math.min(confidence, second.confidence());
            evidence = evidence.withSecond(second.confidence(), second.text().equals(raw));
            if (!second.text().equals(raw)) {
                // The reading the field's rules accept is the better start for whoever looks.
                String merged = ReadingMerge.of(raw, second.text(), first.confidence() >= second.confidence());
                String chosen = plausible.choose(field, List.of(merged, raw, second.text()));
                evidence = evidence.withAlternative(raw).withAlternative(second.text());
                if (!chosen.equals(raw)) {
                    evidence = evidence.withRepair(chosen.equals(merged) && !merged.equals(second.text())
                            ? Evidence.Repair.MERGED : Evidence.Repair.CHOSEN_BY_RULES);
                }
                raw = chosen;
                if (!plausible.accepts(field, raw)) {
                    String before = raw;
                    raw = plausible.nearEntry(field, raw).or(() -> plausible.nearEntry(field, second.text())).orElse(raw);
                    if (!raw.equals(before)) {
                        evidence = evidence.withRepair(Evidence.Repair.NEAR_ENTRY);
                    }
                }
            }
        }
        if (name && secondModel != null && !plausible.knownName(field, raw)) {
            // A name the dictionaries do not list may be a kanji the models miss at this size (at
            // 48 px jpn reads 葵 as 壮; at 36 px both read it): a third reading, smaller.
            Reading third = readName(line, spaces, new OcrSettings(secondModel, settings.psm(), settings.whitelist()),
                    SMALLER);
            String chosen = plausible.choose(field, List.of(raw, third.text()));
            if (!chosen.equals(raw)) {
                evidence = evidence.withAlternative(raw).withRepair(Evidence.Repair.THIRD_READING);
                raw = chosen;
            }
        }
        String looked = lookedAt(field, line, spaces, raw);
        if (!looked.equals(raw)) {
            evidence = evidence.withAlternative(raw).withRepair(Evidence.Repair.SHAPE);
            raw = looked;
        }
        evidence = evidence.withInk(Ink.darkRatio(crop, page.inkThreshold()));
        return new FieldRead(field.name(), raw, confidence, pageNo, page.box(field.zone()), ReadMethod.OCR, evidence);
    }

    /**
     * {@code engine: onnx}: PP-OCR reads the line, Tesseract (the field's model) checks it. The
     * field's rules choose between them where they differ; the usual repairs follow.
     */
    private FieldRead byOnnx(FieldSpec field, RegisteredPage page, int pageNo, BufferedImage crop, InkBox.Line line,
                             OcrSettings settings) {
        TextRecognizer.Line first = recognizers.onnx().recognize(line.image(), settings.whitelist());
        OcrText second = readLine(line.image(), settings);
        String read = first.text().strip();
        String check = TextJoiner.text(second);
        String raw = read;
        Evidence evidence = Evidence.single(first.weakest()).withEngine(Engine.ONNX)
                .withWeakChars(first.chars().stream().filter(c -> c.probability() < WEAK_PROBABILITY)
                        .map(TextRecognizer.Char::text).reduce("", String::concat).strip())
                .withSecond(second.isEmpty() ? 0 : second.confidence(), check.equals(read));
        if (!check.equals(read)) {
            evidence = evidence.withAlternative(read).withAlternative(check);
            raw = plausible.choose(field, List.of(read, check));
            if (!raw.equals(read)) {
                evidence = evidence.withRepair(Evidence.Repair.CHOSEN_BY_RULES);
            }
        }
        evidence = evidence.withInk(Ink.darkRatio(crop, page.inkThreshold()));
        double confidence = Math.min(first.weakest(), second.isEmpty() ? 0 : second.confidence());
        return new FieldRead(field.name(), raw, confidence, pageNo, page.box(field.zone()), ReadMethod.OCR, evidence);
    }

    private static FieldRead empty(FieldSpec field, RegisteredPage page, int pageNo) {
        return new FieldRead(field.name(), "", NO_DOUBT, pageNo, page.box(field.zone()), ReadMethod.EMPTY,
                Evidence.single(Double.NaN));
    }

    /**
     * A choice the rules refuse, or a name part the dictionaries do not list, compared by shape with
     * the options or the listed names ({@link PrintedLook}): the one the ink clearly shows, or the
     * reading unchanged.
     */
    private String lookedAt(FieldSpec field, InkBox.Line line, Spaces.Found spaces, String raw) {
        if (field.type().equals("choice") && !plausible.accepts(field, raw)) {
            return PrintedLook.best(line.image(), raw, field.optionValues()).orElse(raw);
        }
        if (!field.type().equals("name") || spaces.gaps().size() != 1 || plausible.knownName(field, raw)) {
            return raw;
        }
        String[] parts = raw.split(" ");
        if (parts.length != 2) {
            return raw;
        }
        InkBox.Gap gap = spaces.gaps().get(0);
        BufferedImage image = line.image();
        BufferedImage family = image.getSubimage(0, 0, gap.x(), image.getHeight());
        BufferedImage given = image.getSubimage(gap.x() + gap.width(), 0, image.getWidth() - gap.x() - gap.width(),
                image.getHeight());
        NameDictionary names = plausible.names();
        String familyName = names.familyNames().contains(parts[0]) ? parts[0]
                : PrintedLook.best(family, parts[0], names.familyNames()).orElse(parts[0]);
        String givenName = names.givenNames().contains(parts[1]) ? parts[1]
                : PrintedLook.best(given, parts[1], names.givenNames()).orElse(parts[1]);
        return familyName + " " + givenName;
    }

    /**
     * The text of a line's pieces joined by single spaces, the weakest character's confidence, the
     * characters the model was unsure of, and whether a name's space was placed against its ink.
     */
    private record Reading(String text, double confidence, String weak, boolean splitGuessed) {
    }

    private static String weak(OcrText read) {
        return read.chars().stream().filter(c -> c.confidence() < WEAK_CHAR).map(OcrText.Char::text)
                .reduce("", String::concat).replace(" ", "");
    }

    /**
     * A name (or its kana) in one read, so the model sees each character in context: read alone, a
     * one-kanji given name is often mistaken. The one space goes where the gap on the paper is, by
     * counting full-width characters on either side (LSTM character boxes are too loosely placed to
     * say which side of a gap a character is on).
     */
    private Reading readName(InkBox.Line line, Spaces.Found spaces, OcrSettings settings) {
        return readName(line, spaces, settings, 1);
    }

    private Reading readName(InkBox.Line line, Spaces.Found spaces, OcrSettings settings, double scale) {
        OcrText read = readLine(scale == 1 ? line.image() : scaled(line.image(), scale), settings);
        List<OcrText.Char> marks = read.chars().stream().filter(c -> !c.text().replace(" ", "").isEmpty()).toList();
        List<String> chars = marks.stream().map(c -> c.text().replace(" ", "")).toList();
        String text = String.join("", chars);
        boolean guessed = false;
        if (!spaces.gaps().isEmpty() && chars.size() >= 2) {
            InkBox.Gap gap = spaces.gaps().get(0);
            double left = gap.x() - InkBox.MARGIN;
            double right = line.inkWidth() - (gap.x() + gap.width() - InkBox.MARGIN);
            int k = (int) Math.round(chars.size() * left / (left + right));
            k = Math.max(1, Math.min(chars.size() - 1, k));
            text = String.join("", chars.subList(0, k)) + " " + String.join("", chars.subList(k, chars.size()));
            // Counting assumes characters of equal width; where the characters' own boxes put a
            // different number left of the gap (a proportional face, a narrow kana), the place of
            // the space is a guess.
            double centre = (gap.x() + gap.width() / 2.0) * scale;
            long leftOfGap = marks.stream().filter(c -> c.x() + c.w() / 2.0 < centre).count();
            guessed = leftOfGap != k;
        }
        return new Reading(TextJoiner.fixSmallKe(text), read.isEmpty() ? 0 : read.confidence(), weak(read), guessed);
    }

    private static BufferedImage scaled(BufferedImage image, double scale) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private Reading readPieces(List<BufferedImage> pieces, OcrSettings settings) {
        StringBuilder text = new StringBuilder();
        StringBuilder weak = new StringBuilder();
        double confidence = 1;
        for (BufferedImage piece : pieces) {
            OcrText read = readLine(piece, settings);
            confidence = read.isEmpty() ? 0 : Math.min(confidence, read.confidence());
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(TextJoiner.text(read));
            weak.append(weak(read));
        }
        return new Reading(text.toString(), confidence, weak.toString(), false);
    }

    /**
     * One line; a short value Tesseract finds nothing in as a line is tried as a single word, and
     * then without its whitelist: held to a whitelist the LSTM models drop a character they are
     * unsure of rather than name it (妻, alone in a 続柄 box, comes back empty).
     */
    private OcrText readLine(BufferedImage line, OcrSettings settings) {
        OcrText text = tesseract.read(line, OCR_DPI, settings.language(), settings.psm(), settings.whitelist());
        if (text.isEmpty() && settings.psm() == 7) {
            text = tesseract.read(line, OCR_DPI, settings.language(), 8, settings.whitelist());
        }
        if (text.isEmpty() && settings.whitelist() != null) {
            text = tesseract.read(line, OCR_DPI, settings.language(), settings.psm(), null);
        }
        return text;
    }

    /**
     * Boxed digits (個人番号 12 cells...). Digits a box apart are hard for Tesseract: it drops,
     * doubles and doubts them. So each box's ink is cut out and the digits are set side by side at
     * ordinary letter spacing, then read as one line by two models: one digit per inked box, in
     * order. A count that does not match the boxes, or two models that disagree, send it to review.
     */
    private FieldRead readCells(FieldSpec field, RegisteredPage page, int pageNo) {
        int n = field.cells();
        BufferedImage strip = page.zone(field.zone(), OCR_DPI);
        whitenBoxLines(strip, n, page.inkThreshold());
        double cellPx = (double) strip.getWidth() / n;
        List<InkBox.Line> glyphs = new ArrayList<>();
        List<BufferedImage> inked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BufferedImage cell = strip.getSubimage((int) (i * cellPx), 0, (int) cellPx, strip.getHeight());
            InkBox.Line ink = InkBox.prepare(cell, page.inkThreshold(), 2, true);
            if (ink != null && !ink.isSpeck(PX_PER_MM)) {
                glyphs.add(ink);
                inked.add(cell);
            }
        }
        if (glyphs.isEmpty()) {
            return empty(field, page, pageNo);
        }
        BufferedImage packed = pack(glyphs);
        String whitelist = Objects.requireNonNullElse(defaults.forField(field).whitelist(), DIGITS);
        OcrText first = tesseract.read(packed, OCR_DPI, "eng", 7, whitelist);
        if (recognizers.firstFor(field) == Engine.DIGITS) {
            return byDigitClassifier(field, page, pageNo, inked, first);
        }
        OcrText second = tesseract.read(packed, OCR_DPI, "jpn", 7, whitelist);
        String raw;
        Evidence evidence;
        if (first.chars().size() == glyphs.size()) {
            raw = first.text();
            evidence = Evidence.single(first.confidence()).withWeakChars(weak(first))
                    .withSecond(second.confidence(), second.text().equals(raw)).withAlternative(
                            second.text().equals(raw) ? null : second.text());
        } else if (second.chars().size() == glyphs.size()) {
            raw = second.text();
            evidence = Evidence.single(second.confidence()).withWeakChars(weak(second))
                    .withSecond(first.confidence(), false).withAlternative(first.text());
        } else {
            // Neither model found one digit per box: each box is read alone, for a person to check.
            StringBuilder alone = new StringBuilder();
            for (InkBox.Line glyph : glyphs) {
                OcrText digit = tesseract.read(glyph.image(), OCR_DPI, "eng", 10, whitelist);
                alone.append(digit.text().length() == 1 ? digit.text() : "?");
            }
            raw = alone.toString();
            evidence = Evidence.single(first.confidence()).withWeakChars(weak(first))
                    .withRepair(Evidence.Repair.CELLS_ONE_BY_ONE).withAlternative(first.text());
        }
        double confidence = Math.min(first.confidence(), second.confidence());
        return new FieldRead(field.name(), raw, confidence, pageNo, page.box(field.zone()), ReadMethod.OCR, evidence);
    }

    /**
     * Boxed digits read one box at a time by the digit classifier (trained on handwriting), checked by
     * Tesseract's reading of the same boxes. Where the field's rules refuse the classifier's reading
     * (a check digit, a code table), Tesseract's reading the rules accept, or else the one accepted
     * value a box's runner-up digit gives, is taken; each is evidence the certainty model weighs.
     */
    private FieldRead byDigitClassifier(FieldSpec field, RegisteredPage page, int pageNo, List<BufferedImage> inked,
                                        OcrText check) {
        List<DigitRecognizer.Cell> cells = inked.stream().map(recognizers.digits()::read).toList();
        StringBuilder read = new StringBuilder();
        StringBuilder weak = new StringBuilder();
        double weakest = 1;
        for (DigitRecognizer.Cell cell : cells) {
            read.append(cell.digit());
            weakest = Math.min(weakest, cell.probability());
            if (cell.probability() < WEAK_PROBABILITY) {
                weak.append(cell.digit());
            }
        }
        String raw = read.toString();
        String checked = check.chars().size() == cells.size() ? check.text() : null;
        Evidence evidence = Evidence.single(weakest).withEngine(Engine.DIGITS).withWeakChars(weak.toString())
                .withSecond(check.isEmpty() ? 0 : check.confidence(), raw.equals(check.text()));
        if (!raw.equals(check.text())) {
            evidence = evidence.withAlternative(raw).withAlternative(check.text());
        }
        if (!plausible.accepts(field, raw)) {
            if (checked != null && plausible.accepts(field, checked)) {
                raw = checked;
                evidence = evidence.withRepair(Evidence.Repair.CHOSEN_BY_RULES);
            } else {
                Optional<String> runnerUp = runnerUp(field, raw, cells);
                if (runnerUp.isPresent()) {
                    evidence = evidence.withAlternative(raw).withRepair(Evidence.Repair.CONFUSED_DIGIT);
                    raw = runnerUp.get();
                }
            }
        }
        double confidence = Math.min(weakest, check.isEmpty() ? 0 : check.confidence());
        return new FieldRead(field.name(), raw, confidence, pageNo, page.box(field.zone()), ReadMethod.OCR, evidence);
    }

    /**
     * The one value the field accepts when a single box the classifier doubted takes its runner-up
     * digit; empty when none or several do. Only doubted boxes: a digit read surely is what the
     * resident wrote, and a wrong check digit on the paper stays wrong for a person to see.
     */
    private Optional<String> runnerUp(FieldSpec field, String raw, List<DigitRecognizer.Cell> cells) {
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).probability() >= WEAK_PROBABILITY) {
                continue;
            }
            String variant = raw.substring(0, i) + cells.get(i).runnerUp() + raw.substring(i + 1);
            if (plausible.accepts(field, variant)) {
                accepted.add(variant);
            }
        }
        return accepted.size() == 1 ? Optional.of(accepted.get(0)) : Optional.empty();
    }

    /** The boxes' digits side by side, a quarter of their height apart, each at its height on the paper. */
    private static BufferedImage pack(List<InkBox.Line> glyphs) {
        int top = glyphs.stream().mapToInt(InkBox.Line::y0).min().orElseThrow();
        int bottom = glyphs.stream().mapToInt(g -> g.y0() + g.inkHeight()).max().orElseThrow();
        int gap = Math.max(2, (bottom - top) / 4);
        int width = 2 * InkBox.MARGIN + glyphs.stream().mapToInt(g -> g.inkWidth() + gap).sum() - gap;
        BufferedImage out = new BufferedImage(width, bottom - top + 2 * InkBox.MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            int x = InkBox.MARGIN;
            for (InkBox.Line glyph : glyphs) {
                g.drawImage(glyph.image().getSubimage(InkBox.MARGIN, InkBox.MARGIN, glyph.inkWidth(), glyph.inkHeight()),
                        x, InkBox.MARGIN + glyph.y0() - top, null);
                x += glyph.inkWidth() + gap;
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Paints the printed cell separators and the box outline white, so only the written digits remain.
     * Each line is looked for near where the template puts it (registration is good to a fraction of
     * a millimetre) as the columns or rows that are ink over most of the strip, and only those are
     * painted: a digit written against a line keeps the ink beside it. A line not found so is painted
     * as a band of the inset's width either side of its place.
     */
    private static void whitenBoxLines(BufferedImage strip, int cells, int threshold) {
        byte[] px = ((DataBufferByte) strip.getRaster().getDataBuffer()).getData();
        int w = strip.getWidth();
        int h = strip.getHeight();
        int half = (int) Math.ceil(ZONE_INSET_MM * PX_PER_MM);
        int[] columnInk = new int[w];
        int[] rowInk = new int[h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((px[y * w + x] & 0xff) < threshold) {
                    columnInk[x]++;
                    rowInk[y]++;
                }
            }
        }
        for (int i = 0; i <= cells; i++) {
            int cx = (int) Math.round((double) i * w / cells);
            for (int[] span : lineAt(columnInk, h, cx, half)) {
                for (int x = span[0]; x < span[1]; x++) {
                    for (int y = 0; y < h; y++) {
                        px[y * w + x] = (byte) 0xFF;
                    }
                }
            }
        }
        for (int cy : new int[]{0, h}) {
            for (int[] span : lineAt(rowInk, w, cy, half)) {
                java.util.Arrays.fill(px, span[0] * w, span[1] * w, (byte) 0xFF);
            }
        }
    }

    /**
     * The run of lines (columns or rows) within {@code half} of {@code at} that are ink over more than
     * {@value #LINE_SHARE} of their {@code length} (a printed line spans the box; a 1 written against it
     * does not), widened by up to {@value #LINE_FRINGE} pixels each side while the neighbours are ink
     * over {@value #FRINGE_SHARE} of it (a line a little off the vertical, or blurred, shares its ink
     * between columns); or, when there is none, the whole band around {@code at}.
     */
    private static List<int[]> lineAt(int[] ink, int length, int at, int half) {
        int from = Math.max(0, at - half);
        int to = Math.min(ink.length, at + half);
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (ink[i] > length * LINE_SHARE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return List.of(new int[]{from, to});
        }
        for (int k = 0; k < LINE_FRINGE && first > 0 && ink[first - 1] > length * FRINGE_SHARE; k++) {
            first--;
        }
        for (int k = 0; k < LINE_FRINGE && last + 1 < ink.length && ink[last + 1] > length * FRINGE_SHARE; k++) {
            last++;
        }
        return List.of(new int[]{Math.max(0, first - 1), Math.min(ink.length, last + 2)});
    }

    /** Born-digital: the characters the PDF itself places inside the zone, in reading order. Exact. */
    private FieldRead fromTextLayer(FieldSpec field, RegisteredPage page, int pageNo, List<ScanPage.Glyph> glyphs) {
        Zone z = field.zone();
        StringBuilder text = new StringBuilder();
        glyphs.stream()
                .filter(g -> {
                    double cx = g.x() + g.w() / 2;
                    double cy = g.y() + g.h() / 2;
                    return cx >= z.x() && cx <= z.x() + z.w() && cy >= z.y() && cy <= z.y() + z.h();
                })
                .sorted((a, b) -> Math.abs(a.y() - b.y()) > Math.max(a.h(), b.h()) / 2
                        ? Double.compare(a.y(), b.y()) : Double.compare(a.x(), b.x()))
                .forEach(g -> text.append(g.text()));
        String raw = text.toString().strip();
        return new FieldRead(field.name(), raw, 1.0, pageNo, page.box(z),
                raw.isEmpty() ? ReadMethod.EMPTY : ReadMethod.TEXT_LAYER, Evidence.NONE);
    }

    private static Zone span(List<FieldSpec.Option> options) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (FieldSpec.Option o : options) {
            x0 = Math.min(x0, o.zone().x());
            y0 = Math.min(y0, o.zone().y());
            x1 = Math.max(x1, o.zone().x() + o.zone().w());
            y1 = Math.max(y1, o.zone().y() + o.zone().h());
        }
        return new Zone(x0, y0, x1 - x0, y1 - y0);
    }
}
