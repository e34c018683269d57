package io.scan2ledger.templates.postal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The converter on a package shaped like jquery-jpostal-ja (jpostal-fixture.tgz: package.json, a .js
 * file that must not matter, and package/json/000.json, 060.json, 153.json as \\u-escaped JSONP with
 * the _000info row, a business code, a whole-city code, a duplicate and a _153 placeholder).
 */
class JpostalPackageTest {

    static final String SPEC = "jquery-jpostal-ja@0.0.0-fixture";
    static final String INTEGRITY =
            "sha512-iR97czEo06rHCqCEbbQ1lZYfX+JdvieA52UYe/KNCcDcnQAe3nz4fjWmp/Q8thz+rQZhhekOVwCJTMAujsWqPA==";

    @TempDir
    Path dir;

    static byte[] fixture() throws IOException {
        try (InputStream in = JpostalPackageTest.class.getResourceAsStream("jpostal-fixture.tgz")) {
            return in.readAllBytes();
        }
    }

    @Test
    void convertsTheJsonpFilesIntoOneLinePerCodeAndTown() throws IOException {
        Path tgz = Files.write(dir.resolve("p.tgz"), fixture());
        Path out = dir.resolve("postal/japan-post.tsv");

        assertThat(JpostalPackage.ensure(out, SPEC, INTEGRITY, tgz)).isTrue();

        assertThat(Files.readAllLines(out)).containsExactly(
                "# " + SPEC + " " + INTEGRITY + " data ver2.13 2025-09-25 2025-09-30",
                "# code\tprefecture\tcity\ttown",
                "0600042\t北海道\t札幌市中央区\t大通西",
                "1530000\t東京都\t目黒区\t",
                "1530041\t東京都\t目黒区\t駒場",
                "1530042\t東京都\t目黒区\t青葉台",
                "1538501\t東京都\t目黒区\t駒場");
    }

    @Test
    void aConvertedFileIsKeptUntilThePinChanges() throws IOException {
        Path tgz = Files.write(dir.resolve("p.tgz"), fixture());
        Path out = dir.resolve("japan-post.tsv");
        JpostalPackage.ensure(out, SPEC, INTEGRITY, tgz);

        assertThat(JpostalPackage.ensure(out, SPEC, INTEGRITY, tgz)).isFalse();
        assertThat(JpostalPackage.isConverted(out, SPEC, INTEGRITY)).isTrue();
        assertThat(JpostalPackage.isConverted(out, "jquery-jpostal-ja@9.9.9", INTEGRITY)).isFalse();
        assertThat(JpostalPackage.isConverted(dir.resolve("missing.tsv"), SPEC, INTEGRITY)).isFalse();
    }

    @Test
    void aPackageWithAnotherChecksumIsRefusedAndNothingIsWritten() throws IOException {
        byte[] bytes = fixture();
        bytes[bytes.length / 2] ^= 1;   // one bit flipped on the way
        Path tgz = Files.write(dir.resolve("p.tgz"), bytes);
        Path out = dir.resolve("japan-post.tsv");

        assertThatThrownBy(() -> JpostalPackage.ensure(out, SPEC, INTEGRITY, tgz))
                .isInstanceOf(JpostalPackage.IntegrityMismatch.class)
                .hasMessageContaining(SPEC).hasMessageContaining("is not the pinned " + INTEGRITY);
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void theLauncherRunsTheSourceFileAsItIsAndFailsWithAClearMessage() throws Exception {
        Path source = Path.of("src/main/java/io/scan2ledger/templates/postal/JpostalPackage.java");
        Path tgz = Files.write(dir.resolve("p.tgz"), fixture());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process wrong = new ProcessBuilder(java.toString(), source.toString(), dir.resolve("out.tsv").toString(), SPEC,
                "sha512-pinned", tgz.toString()).redirectErrorStream(true).start();
        String said = new String(wrong.getInputStream().readAllBytes());

        assertThat(wrong.waitFor()).isEqualTo(1);
        assertThat(said).contains("postal data: " + SPEC + ": the downloaded package's checksum " + INTEGRITY
                + " is not the pinned sha512-pinned; refusing it");
        assertThat(dir.resolve("out.tsv")).doesNotExist();
    }

    @Test
    void jsonpStringsKeepTheirEscapes() {
        assertThat(JpostalPackage.JsonpRows.parse("cb(\n[[\"_1\",\"\\u99d2\\u5834\", \"a\\\"b\\\\c\"] , [\"x\"]]\n);"))
                .isEqualTo(List.of(List.of("_1", "駒場", "a\"b\\c"), List.of("x")));
        assertThatThrownBy(() -> JpostalPackage.JsonpRows.parse("cb([[\"a\""))
                .isInstanceOf(RuntimeException.class);
    }
}
