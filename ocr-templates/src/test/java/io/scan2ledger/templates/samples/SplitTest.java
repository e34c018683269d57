package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.ModuleFiles;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.FillFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);

    @Test
    void heldOutSplitsShareNoTypefaceWithWhatTheReaderWasTunedOn() {
        assertThat(Split.SEEN.fonts()).containsExactly(FillFont.IPA_GOTHIC, FillFont.IPA_MINCHO, FillFont.VL_GOTHIC);
        assertThat(Split.UNSEEN_FONTS.fonts()).hasSizeGreaterThanOrEqualTo(10).doesNotContainAnyElementsOf(
                Split.SEEN.fonts()).doesNotContainAnyElementsOf(ScanOptions.IPA_FONTS);
        assertThat(Split.UNSEEN_FORMS.fonts()).isEqualTo(Split.UNSEEN_FONTS.fonts());
        assertThat(Split.UNSEEN_FONTS.fonts()).contains(FillFont.KLEE, FillFont.SETO, FillFont.KILOJI,
                FillFont.AOYAGI_SOSEKI, FillFont.YOZ, FillFont.YUSEI_MAGIC);
        assertThat(Split.SEEN.heldOut()).isFalse();
        assertThat(Split.UNSEEN_FONTS.heldOut()).isTrue();
    }

    @Test
    void evaluationSeedsNeverReachTheSeedsCalibrationIsFittedOn() {
        assertThat(Split.SEEN.seed(0)).isEqualTo(42);
        for (Split split : Split.values()) {
            long first = split.seedBase();
            long last = split == Split.SEEN ? Split.FITTING_SEED_BASE - 1 : split.seed(Split.SEEDS_PER_SPLIT - 1);
            assertThat(last < Split.FITTING_SEED_BASE || first >= Split.FITTING_SEED_END).as(split.id()).isTrue();
        }
        assertThat(Split.UNSEEN_FONTS.seed(Split.SEEDS_PER_SPLIT - 1)).isLessThan(Split.UNSEEN_FORMS.seedBase());
        assertThatThrownBy(() -> Split.SEEN.seed(Split.FITTING_SEED_BASE - 42))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Split.byId("unseen-fonts")).isEqualTo(Split.UNSEEN_FONTS);
    }

    @Test
    void aSplitsSamplesAreWrittenInItsTypefaces() {
        ScanOptions options = Split.UNSEEN_FONTS.options().withDpis(List.of(100));
        for (int i = 0; i < 4; i++) {
            Sample s = GENERATOR.generate(CATALOG.all().get(i), Split.UNSEEN_FONTS.seed(i), options);
            assertThat(Split.UNSEEN_FONTS.fonts()).contains(s.filling().font());
        }
    }

    @Test
    void theSamplesCommandWritesASplitFromItsFirstSeed(@TempDir Path dir) throws IOException {
        SamplesCommandTest.Result r = SamplesCommandTest.run("--out", dir.toString(), "--n", "2", "--dpi", "100",
                "--kinds", "png", "--split", "unseen-fonts");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("seeds 2000000..2000001", "split unseen-fonts (14 typefaces)");
        String truth = Files.readString(dir.resolve("hoiku-moushikomi-s2000000.truth.json"));
        assertThat(Split.UNSEEN_FONTS.fonts()).anyMatch(f -> truth.contains("\"font\" : \"" + f.name() + "\""));

        // The unseen-forms split fills procedural forms, each written beside its scans.
        Path forms = dir.resolve("forms");
        SamplesCommandTest.Result procedural = SamplesCommandTest.run("--out", forms.toString(), "--n", "1", "--dpi", "100",
                "--kinds", "png", "--split", "unseen-forms");
        assertThat(procedural.code()).as(procedural.err()).isZero();
        assertThat(forms.resolve("pg-3000000/template.yaml")).exists();
        assertThat(SamplesCommandTest.run("--out", dir.toString(), "--styles", "messy").code()).isEqualTo(2);
    }

    @Test
    void theLauncherInstallsEverySplitsTypefacesForTestsAndBenchmarks() throws IOException {
        String launcher = Files.readString(ModuleFiles.root().getParent().resolve("scan2ledger"));
        String lists = launcher.substring(launcher.indexOf("RUNTIME_PACKAGES=("),
                launcher.indexOf(")", launcher.indexOf("EVAL_PACKAGES=(")));
        List<String> packages = List.of(lists.split("[\\s()]+"));
        for (Split split : Split.values()) {
            assertThat(packages).as(split.id()).containsAll(split.debianPackages());
        }
    }
}
