package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.TemplateLoader;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesCommandTest {

    @Test
    void writesScansAndTruthRoundRobin(@TempDir Path dir) throws IOException {
        Result r = run("--out", dir.toString(), "--n", "5", "--seed", "7", "--dpi", "100",
                "--kinds", "png,pdf-digital,tiff-multi");

        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("samples: 5 forms").contains("seeds 7..11").endsWith(" ms\n");
        assertThat(files(dir)).containsExactlyInAnyOrder(
                "hoiku-moushikomi-s7.png", "hoiku-moushikomi-s7.truth.json",
                "jidou-teate-s8-digital.pdf", "jidou-teate-s8-digital.truth.json",
                "jumin-ido-s9.png", "jumin-ido-s9.truth.json",
                "kouza-furikae-s10-digital.pdf", "kouza-furikae-s10-digital.truth.json",
                "hoiku-moushikomi-s11-digital.pdf", "hoiku-moushikomi-s11-digital.truth.json",
                "batch-s7.tif", "batch-s7.truth.json");
    }

    @Test
    void oneFormWithADefect(@TempDir Path dir) throws IOException {
        Result r = run("--out", dir.toString(), "--n", "2", "--form", "jidou-teate", "--dpi", "100",
                "--kinds", "png", "--noise", "none", "--defect", "wrong-check-digit");

        assertThat(r.code).isZero();
        assertThat(r.out).contains("defect wrong-check-digit");
        assertThat(Files.readString(dir.resolve("jidou-teate-s43.truth.json"))).contains("\"wrong-check-digit\"");
    }

    /** Each procedural sample is a form of its own, its template.yaml in a folder named after it. */
    @Test
    void proceduralFormsComeWithTheirTemplates(@TempDir Path dir) throws IOException {
        Result r = run("--out", dir.toString(), "--n", "2", "--seed", "4", "--procedural", "--dpi", "100",
                "--kinds", "png");

        assertThat(r.code).isZero();
        assertThat(r.out).startsWith("samples: 2 forms (pg-4, pg-5)");
        assertThat(files(dir)).containsExactlyInAnyOrder("pg-4", "pg-5", "pg-4-s4.png", "pg-4-s4.truth.json",
                "pg-5-s5.png", "pg-5-s5.truth.json");
        assertThat(TemplateLoader.load(dir.resolve("pg-5/template.yaml"))).isEqualTo(ProceduralForms.form(5));
        assertThat(Files.readString(dir.resolve("pg-5-s5.truth.json"))).contains("S2L-PG-5-5-5");
    }

    @Test
    void badArgumentsAreExplained(@TempDir Path dir) {
        assertThat(run("--n", "2").code).isEqualTo(2);
        assertThat(run("--out", dir.toString(), "--nosie", "heavy").err).contains("unknown option '--nosie'");
        assertThat(run("--out", dir.toString(), "--form", "nope").err).contains("unknown form 'nope'");
        assertThat(run("--out", dir.toString(), "--kinds", "bmp").err).contains("unknown output kind 'bmp'");
        assertThat(run("--out", dir.toString(), "--form", "jumin-ido", "--defect", "wrong-check-digit").err)
                .contains("fits no field of jumin-ido");
        assertThat(run("--help").code).isZero();
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SamplesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
