package io.scan2ledger.routes;

import io.scan2ledger.intake.QuarantineReason.Code;
import io.scan2ledger.intake.UnreadableApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Online-form exports as the wards' systems write them: JSON, CSV in UTF-8 and in Shift_JIS from Excel. */
class CsvJsonApplicationRecordsTest {

    final CsvJsonApplicationRecords records = new CsvJsonApplicationRecords();

    @TempDir
    Path dir;

    @Test
    void readsAJsonArrayOrOneObject() throws IOException {
        Path array = write("a.json", """
                [{"form": "kouza-furikae", "name": "山田 太郎", "taxes": "住民税,固定資産税", "phone": null},
                 {"form": "kouza-furikae", "name": "佐藤 花子", "accountNumber": 1234567}]""", StandardCharsets.UTF_8);
        assertThat(records.read(array)).containsExactly(
                Map.of("form", "kouza-furikae", "name", "山田 太郎", "taxes", "住民税,固定資産税", "phone", ""),
                Map.of("form", "kouza-furikae", "name", "佐藤 花子", "accountNumber", "1234567"));
        Path one = write("b.json", "{\"form\": \"jidou-teate\", \"kana\": \"ヤマダ タロウ\"}", StandardCharsets.UTF_8);
        assertThat(records.read(one)).containsExactly(Map.of("form", "jidou-teate", "kana", "ヤマダ タロウ"));
    }

    @Test
    void readsCsvInUtf8WithABomAndInShiftJisWithQuotedCommasAndLineBreaks() throws IOException {
        String csv = "form,name,taxes,note\r\njidou-teate,\"山田 太郎\",\"住民税,固定資産税\",\"一行目\r\n二行目 \"\"引用\"\"\"\r\n";
        List<Map<String, String>> expected = List.of(Map.of("form", "jidou-teate", "name", "山田 太郎",
                "taxes", "住民税,固定資産税", "note", "一行目\r\n二行目 \"引用\""));
        Path utf8 = dir.resolve("u.csv");
        Files.write(utf8, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(records.read(utf8)).isEqualTo(expected);
        assertThat(records.read(write("s.csv", csv, Charset.forName("Windows-31J")))).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNoExportWithAClearReason() throws IOException {
        assertThatThrownBy(() -> records.read(write("n.json", "[{\"a\": {\"b\": 1}}]", StandardCharsets.UTF_8)))
                .hasMessageContaining("入れ子").extracting(e -> ((UnreadableApplication) e).code()).isEqualTo(Code.BAD_JSON);
        assertThatThrownBy(() -> records.read(write("x.json", "{broken", StandardCharsets.UTF_8)))
                .hasMessageContaining("JSON").extracting(e -> ((UnreadableApplication) e).code()).isEqualTo(Code.BAD_JSON);
        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[]{(byte) 0xFF, (byte) 0xFE, (byte) 0x81, 0x00, (byte) 0xA0});
        assertThatThrownBy(() -> records.read(binary)).hasMessageContaining("文字コード")
                .extracting(e -> ((UnreadableApplication) e).code()).isEqualTo(Code.UNREADABLE_ENCODING);
        assertThatThrownBy(() -> records.read(write("c.csv", "form,name\njidou-teate\n", StandardCharsets.UTF_8)))
                .extracting(e -> ((UnreadableApplication) e).code()).isEqualTo(Code.BAD_CSV);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
