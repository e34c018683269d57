package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.FillFont;
import io.scan2ledger.templates.render.Filling;
import io.scan2ledger.templates.render.FormRenderer;
import io.scan2ledger.templates.render.HandDigits;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes synthetic filled-in forms and their scans, for tests and the accuracy benchmark. Everything
 * follows from (template, seed, options): the same three always give the same sample, pixel for pixel.
 * Thread-safe: each call has its own random state and renderer state.
 */
public final class SampleGenerator {

    private final SyntheticResidents residents;
    private final FormRenderer renderer = new FormRenderer();

    /** @param catalog supplies the reference lists (banks, branches, nurseries) values are drawn from */
    public SampleGenerator(TemplateCatalog catalog) {
        this.residents = new SyntheticResidents(catalog);
    }

    public Sample generate(FormTemplate form, long seed, ScanOptions options) {
        SplittableRandom root = new SplittableRandom(seed);
        // One independent stream per concern, split in a fixed order: a change in how one is
        // used (say, a new household fact) leaves the others, and so the scan geometry, as they were.
        SplittableRandom people = root.split();
        SplittableRandom writing = root.split();
        SplittableRandom defects = root.split();
        SplittableRandom scanning = root.split();
        SplittableRandom noise = root.split();
        // Fill styles last: a sample with styles off is the one this seed always gave.
        SplittableRandom styling = root.split();
        SplittableRandom styledHand = styling.split();
        SplittableRandom styledMarks = styling.split();
        SplittableRandom styledScan = styling.split();
        // Hand mode after everything else, for the same reason: printed samples stay as they were.
        SplittableRandom handRandom = root.split();

        FillStyles styles = options.styles();
        Household household = residents.household(people);
        Map<String, FieldValue> fields = new FormFiller(household, writing, styles, styledHand).fill(form);
        List<Defect.Planted> planted = new ArrayList<>();
        List<Zone> blots = new ArrayList<>();
        if (options.defect() != null) {
            Optional<Defect.Planted> defect = options.defect().plant(form, fields, defects);
            defect.ifPresent(planted::add);
            defect.filter(d -> options.defect() == Defect.SMUDGE)
                    .flatMap(d -> form.field(d.field())).map(FieldSpec::zone).ifPresent(blots::add);
        }
        FillFont font = options.fonts().get(writing.nextInt(options.fonts().size()));
        Filling.Tick tick = writing.nextBoolean() ? Filling.Tick.CROSS : Filling.Tick.CHECK;
        PageMarks marks = PageMarks.draw(form, fields, household.applicant().family(), styles, styledMarks);
        Filling filling = new Filling(Sample.writtenOf(fields), font, tick, blots, marks.slants(), marks.strokes(),
                marks.seals(), options.handwritten() ? pen(options.hand(), handRandom) : null);

        ScanStyle scanStyle = styles.any() ? ScanStyle.draw(styles, styledScan) : ScanStyle.NORMAL;
        int dpi = scanStyle.dpi(options.dpis().get(scanning.nextInt(options.dpis().size())));
        Degradation degradation = scanStyle.apply(Degradation.draw(options, scanning), styledScan);
        BufferedImage clean = renderer.render(form, filling, dpi);
        BufferedImage page = degradation.apply(clean, dpi, form.pageWidth(), form.pageHeight(), noise);
        return new Sample(form, seed, dpi, fields, planted, filling, scanStyle, degradation, page);
    }

    /** A ballpoint, blue or black as residents' pens are, each a little different in tone. */
    private static Filling.Pen pen(HandDigits digits, SplittableRandom r) {
        int ink;
        if (r.nextBoolean()) {
            ink = rgb(25 + r.nextInt(-10, 11), 45 + r.nextInt(-15, 16), 135 + r.nextInt(-25, 26));
        } else {
            // Black ballpoint is a dark grey with a touch of blue, never a tint of red or green.
            int grey = 35 + r.nextInt(-10, 11);
            ink = rgb(grey, grey, grey + 10 + r.nextInt(-5, 6));
        }
        return new Filling.Pen(ink, r.nextLong(), digits);
    }

    private static int rgb(int red, int green, int blue) {
        return red << 16 | green << 8 | blue;
    }
}
