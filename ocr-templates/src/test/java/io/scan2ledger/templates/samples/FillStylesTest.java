package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.FillFont;
import io.scan2ledger.templates.render.Filling;
import io.scan2ledger.templates.render.FormRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FillStylesTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);
    private static final Person HANAKO = new Person("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1990, 1, 2), "女",
            "123456789018");

    /** Every style at once (no gap, 3-4-2, slant, strokes, a seal, a low JPEG), on a small fast page. */
    private static final FillStyles EVERYTHING = new FillStyles(0, 1, 1, 0, 1, 2.5, 1, 1, 0, 1);

    @Test
    void aStyledSampleIsTheSameForTheSameSeed(@TempDir Path dir) throws IOException {
        ScanOptions options = ScanOptions.typical().withDpis(List.of(100)).withStyles(EVERYTHING);
        Sample first = GENERATOR.generate(form("jumin-ido"), 7, options);
        Sample again = GENERATOR.generate(form("jumin-ido"), 7, options);

        assertThat(again.filling()).isEqualTo(first.filling());
        assertThat(first.filling().slants()).isNotEmpty();
        assertThat(first.filling().strokes()).isNotEmpty();
        assertThat(first.scanStyle()).isEqualTo(ScanStyle.LOW_JPEG);
        assertThat(first.degradation().jpegQuality()).isBetween(15, 35);
        assertThat(Files.readAllBytes(again.writeTo(dir.resolve("b"), OutputKind.PNG)))
                .isEqualTo(Files.readAllBytes(first.writeTo(dir.resolve("a"), OutputKind.PNG)));
    }

    @Test
    void stylesOffLeaveEveryOtherChoiceOfTheSeedAsItWas() {
        ScanOptions tidy = ScanOptions.typical().withDpis(List.of(100)).withStyles(FillStyles.NONE);
        Sample plain = GENERATOR.generate(form("jidou-teate"), 11, tidy);
        Sample styled = GENERATOR.generate(form("jidou-teate"), 11, tidy.withStyles(EVERYTHING));

        assertThat(styled.filling().font()).isEqualTo(plain.filling().font());
        assertThat(styled.filling().tick()).isEqualTo(plain.filling().tick());
        assertThat(styled.transform()).isEqualTo(plain.transform());
        assertThat(styled.expected().get("myNumber")).isEqualTo(plain.expected().get("myNumber"));
    }

    @Test
    void aNameWrittenWithNoGapIsStillKeyedWithOneSpace() {
        Handwriting hand = new Handwriting(new SplittableRandom(1), new FillStyles(0, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                new SplittableRandom(2));
        FieldValue name = hand.name(HANAKO);
        assertThat(name.written()).isEqualTo("山田花子");
        assertThat(name.expected()).isEqualTo("山田 花子");

        Sample s = GENERATOR.generate(form("jidou-teate"), 3, ScanOptions.clean(100)
                .withStyles(new FillStyles(0, 1, 0, 0, 0, 0, 0, 0, 0, 0)));
        List<FieldSpec> names = form("jidou-teate").allFields().stream().filter(f -> f.type().equals("name"))
                .filter(f -> !s.written().get(f.name()).isEmpty()).toList();
        assertThat(names).isNotEmpty().allSatisfy(f -> {
            assertThat(s.written().get(f.name())).doesNotContainPattern("\\s");
            assertThat(s.expected().get(f.name())).matches("\\S+ \\S+");
            assertThat(s.expected().get(f.name()).replace(" ", "")).isEqualTo(s.written().get(f.name()));
        });
    }

    @Test
    void aWideGapIsKeyedAsOneHalfWidthSpace() {
        Handwriting hand = new Handwriting(new SplittableRandom(1), new FillStyles(1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new SplittableRandom(2));
        FieldValue name = hand.name(HANAKO);
        assertThat(name.written()).matches("山田[ 　]{2,3}花子");
        assertThat(FormFiller.complete(field("jidou-teate", "name"), name.written(), name.expected()).expected())
                .isEqualTo("山田 花子");
    }

    @Test
    void aHyphenatedAddressIsKeyedAsWritten() {
        Map<String, Long> seen = new SplittableRandom(5).ints(40).mapToObj(i -> {
            Handwriting hand = new Handwriting(new SplittableRandom(i), new FillStyles(0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
                    new SplittableRandom(i));
            return hand.address("東京都緑ヶ丘区本町三丁目4番12号 コーポ若葉309");
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(seen.keySet()).containsExactlyInAnyOrder("東京都緑ヶ丘区本町3-4-12 コーポ若葉309",
                "東京都緑ヶ丘区本町３－４－１２ コーポ若葉309");
        FieldSpec address = field("jidou-teate", "address");
        for (String written : seen.keySet()) {
            assertThat(Expected.of(address, written)).isEqualTo("東京都緑ヶ丘区本町3-4-12 コーポ若葉309");
        }
        Handwriting banchi = new Handwriting(new SplittableRandom(1), new FillStyles(0, 0, 0, 1, 0, 0, 0, 0, 0, 0),
                new SplittableRandom(1));
        assertThat(banchi.address("緑ヶ丘区本町3丁目4番2号")).isEqualTo("緑ヶ丘区本町3丁目4番地2");

        Sample s = GENERATOR.generate(form("jidou-teate"), 4, ScanOptions.clean(100)
                .withStyles(new FillStyles(0, 0, 1, 0, 0, 0, 0, 0, 0, 0)));
        String written = s.written().get("address");
        assertThat(written).containsPattern("[0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+").doesNotContain("丁目");
        assertThat(s.expected().get("address")).isEqualTo(Normalizer.normalize(written, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " "));
    }

    @Test
    void aRedSealMakesAColourPageAndAFaxABilevelOne(@TempDir Path dir) throws IOException {
        FillStyles sealOnly = new FillStyles(0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        Sample sealed = GENERATOR.generate(form("jumin-ido"), 12, ScanOptions.typical().withDpis(List.of(100))
                .withStyles(sealOnly));
        assertThat(sealed.filling().seals()).hasSize(1);
        assertThat(sealed.page().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        BufferedImage png = ImageIO.read(sealed.writeTo(dir, OutputKind.PNG).toFile());
        assertThat(png.getColorModel().getNumColorComponents()).isEqualTo(3);
        assertThat(reddestPixel(png)).as("red minus green of the reddest pixel").isGreaterThan(100);
        assertThat(Files.readString(dir.resolve(sealed.baseName() + ".truth.json"))).contains("\"colour\" : true");
        Path jpeg = sealed.writeTo(dir, OutputKind.JPEG);
        assertThat(ImageIO.read(jpeg.toFile()).getColorModel().getNumColorComponents()).isEqualTo(3);

        Sample faxed = GENERATOR.generate(form("jumin-ido"), 12, ScanOptions.typical().withDpis(List.of(300))
                .withStyles(new FillStyles(0, 0, 0, 0, 0, 0, 0, 1, 1, 0)));
        assertThat(faxed.scanStyle()).isEqualTo(ScanStyle.FAX);
        assertThat(faxed.dpi()).isEqualTo(200);
        assertThat(faxed.page().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(SampleFiles.truth(faxed, OutputKind.PNG, "fax.png").get("style")).asString()
                .contains("scan=FAX", "colour=false", "seals=[");
    }

    /** A slanted value is turned only as far as keeps it inside its zone: no new ink outside the zones. */
    @Test
    void slantedValuesStayInTheirZones() {
        FormTemplate form = form("kouza-furikae");
        Sample s = GENERATOR.generate(form, 2, ScanOptions.clean(150));
        Map<String, Double> slants = form.allFields().stream().filter(f -> f.cells() == 0)
                .collect(Collectors.toMap(FieldSpec::name, f -> f.name().length() % 2 == 0 ? 2.5 : -2.5));
        FormRenderer renderer = new FormRenderer();
        BufferedImage blank = renderer.render(form, Map.of(), 150);
        BufferedImage slanted = renderer.render(form, new Filling(s.written(), FillFont.IPA_GOTHIC, Filling.Tick.CROSS,
                List.of(), slants, List.of(), List.of()), 150);
        assertThat(inkOutsideZones(form, blank, slanted, 150)).isZero();
    }

    /** Every typeface of every split writes its values inside their zones, where the reader looks. */
    @Test
    void everySplitTypefaceKeepsValuesInsideTheirZones() {
        FormRenderer renderer = new FormRenderer();
        List<FillFont> fonts = java.util.stream.Stream.of(Split.values()).flatMap(x -> x.fonts().stream())
                .distinct().toList();
        for (int i = 0; i < fonts.size(); i++) {
            FormTemplate form = CATALOG.all().get(i % CATALOG.all().size());
            Sample s = GENERATOR.generate(form, i, ScanOptions.clean(75));
            BufferedImage filled = renderer.render(form, new Filling(s.written(), fonts.get(i), Filling.Tick.CROSS,
                    List.of()), 75);
            assertThat(inkOutsideZones(form, renderer.render(form, Map.of(), 75), filled, 75))
                    .as(form.id() + " in " + fonts.get(i)).isZero();
        }
    }

    /** Pixels inked by the filling outside every field zone (and tick box). */
    private static int inkOutsideZones(FormTemplate form, BufferedImage blank, BufferedImage filled, int dpi) {
        List<Zone> zones = form.allFields().stream().flatMap(f -> f.type().equals("checkbox-group")
                ? f.options().stream().map(FieldSpec.Option::zone) : java.util.stream.Stream.of(f.zone())).toList();
        double pxPerMm = dpi / 25.4;
        int w = blank.getWidth();
        boolean[] inZone = new boolean[w * blank.getHeight()];
        for (Zone z : zones) {
            for (int y = (int) (z.y() * pxPerMm); y < Math.min(blank.getHeight(), (z.y() + z.h()) * pxPerMm); y++) {
                for (int x = (int) (z.x() * pxPerMm); x < Math.min(w, (z.x() + z.w()) * pxPerMm); x++) {
                    inZone[y * w + x] = true;
                }
            }
        }
        int[] before = blank.getRaster().getPixels(0, 0, w, blank.getHeight(), (int[]) null);
        int[] after = filled.getRaster().getPixels(0, 0, w, blank.getHeight(), (int[]) null);
        int outside = 0;
        for (int i = 0; i < before.length; i++) {
            if (after[i] < before[i] - 60 && !inZone[i]) {
                outside++;
            }
        }
        return outside;
    }

    private static int reddestPixel(BufferedImage rgb) {
        int best = 0;
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                best = Math.max(best, (p >> 16 & 0xff) - (p >> 8 & 0xff));
            }
        }
        return best;
    }

    private static FormTemplate form(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    private static FieldSpec field(String form, String name) {
        return form(form).field(name).orElseThrow();
    }
}
