package io.scan2ledger.imaging.hostile;

import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.imaging.ScanInspector;
import io.scan2ledger.imaging.hostile.HostileInput.Processed;
import io.scan2ledger.imaging.hostile.HostileInput.Refused;
import io.scan2ledger.imaging.hostile.HostileInput.Unrenderable;
import io.scan2ledger.intake.Inspection;
import io.scan2ledger.intake.QuarantineReason.Code;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every input of the hostile corpus through the real inspector (intake) and the real renderer
 * (extraction), in a JVM with a 384 MB heap (see the pom): each ends as its entry says, nothing
 * escapes but an IOException, nothing hangs.
 */
class HostileCorpusTest {

    static final ImagingLimits LIMITS = ImagingLimits.defaults();
    static final ScanInspector INSPECTOR = new ScanInspector(LIMITS);
    static final PageRenderer RENDERER = new PageRenderer(LIMITS);
    static final Duration PER_INPUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    static List<HostileInput> corpus() {
        return HostileCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsAsExpected(HostileInput input) throws IOException {
        Path file = Files.write(dir.resolve(input.name()), input.bytes());

        Inspection inspection = assertTimeoutPreemptively(PER_INPUT, () -> INSPECTOR.inspect(file));
        Rendered rendered = assertTimeoutPreemptively(PER_INPUT, () -> Rendered.of(file));

        if (input.expected() instanceof Processed p) {
            assertThat(inspection).isInstanceOf(Inspection.Readable.class);
            assertThat(((Inspection.Readable) inspection).pageCount()).isEqualTo(p.pages());
            assertThat(rendered.failure()).as("render failure").isNull();
            assertThat(rendered.pages()).isEqualTo(p.pages());
        } else if (input.expected() instanceof Unrenderable) {
            assertThat(inspection).isInstanceOf(Inspection.Readable.class);
            assertThat(rendered.failure()).as("render failure").isNotNull();
        } else {
            Code code = ((Refused) input.expected()).code();
            if (code == Code.INCOMPLETE) {
                assertThat(inspection).isInstanceOf(Inspection.LooksIncomplete.class);
            } else {
                assertThat(inspection).isInstanceOf(Inspection.Refused.class);
                // Intake refuses empty files itself, before it asks the inspector.
                assertThat(((Inspection.Refused) inspection).reason().code()).as(inspection.toString())
                        .isEqualTo(code == Code.EMPTY_FILE ? Code.NOT_A_DOCUMENT : code);
            }
        }
    }

    /** What the renderer made of a file: the pages it gave, or the IOException it ended with. */
    record Rendered(int pages, IOException failure) {
        static Rendered of(Path file) {
            int[] pages = {0};
            try {
                RENDERER.forEachPage(file, 300, page -> {
                    pages[0]++;
                    return true;
                });
                return new Rendered(pages[0], null);
            } catch (IOException e) {
                return new Rendered(pages[0], e);
            }
        }
    }
}
