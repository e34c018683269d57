package io.scan2ledger.templates.postal;

import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.PostalDirectory.Agreement;
import io.scan2ledger.template.PostalTown;
import io.scan2ledger.templates.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The converted file merged with a supplement, which wins for its own codes. */
class PostalFileTest {

    @TempDir
    Path dir;

    static final List<PostalTown> SUPPLEMENT = PostalFile.towns(List.of(
            List.of("179-0011", "東京都", "緑ヶ丘区", "若葉町"),
            List.of("153-0042", "東京都", "緑ヶ丘区", "本町")), "test");

    @Test
    void theSupplementIsMergedOverTheFileAndWinsForItsCodes() throws IOException {
        Path file = Files.writeString(dir.resolve("japan-post.tsv"), """
                # jquery-jpostal-ja@x sha512-x data test
                # code\tprefecture\tcity\ttown
                1530041\t東京都\t目黒区\t駒場
                1530042\t東京都\t目黒区\t青葉台
                1530000\t東京都\t目黒区\t
                """);
        PostalDirectory directory = PostalFile.directory(file, SUPPLEMENT);

        assertThat(directory.size()).isEqualTo(4);
        assertThat(directory.towns("153-0041")).extracting(PostalTown::placeName).containsExactly("東京都目黒区駒場");
        assertThat(directory.towns("153-0042")).extracting(PostalTown::placeName).containsExactly("東京都緑ヶ丘区本町");
        assertThat(directory.towns("153-0000")).extracting(PostalTown::placeName).containsExactly("東京都目黒区");
        assertThat(directory.agreement("179-0011", "緑ヶ丘区若葉町2丁目")).isEqualTo(Agreement.AGREE);
    }

    @Test
    void withoutTheFileOnlyTheSupplementIsKnown() {
        PostalDirectory directory = PostalFile.directory(dir.resolve("missing.tsv"), SUPPLEMENT);

        assertThat(directory.size()).isEqualTo(2);
        assertThat(directory.agreement("179-0011", "東京都緑ヶ丘区若葉町")).isEqualTo(Agreement.AGREE);
        assertThat(directory.agreement("153-0041", "東京都目黒区駒場")).isEqualTo(Agreement.UNKNOWN);
    }

    @Test
    void aMalformedSupplementRowIsRefused() {
        assertThatThrownBy(() -> PostalFile.towns(List.of(List.of("179-001", "東京都", "緑ヶ丘区", "若葉町")), "x.txt"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("x.txt").hasMessageContaining("7-digit code");
        assertThatThrownBy(() -> PostalFile.towns(List.of(List.of("179-0011", "東京都")), "x.txt"))
                .isInstanceOf(TemplateException.class);
    }
}
