package io.scan2ledger.templates.render;

import io.scan2ledger.templates.ModuleFiles;
import io.scan2ledger.templates.samples.Split;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every typeface of every split writes every character the generator can write: no tofu, no blank. */
class FillFontTest {

    /** Characters of values not taken from the lists: dates, digits, addresses, 〒, yen, full-width forms. */
    private static final String WRITTEN = "0123456789０１２３４５６７８９-－〒丁目番地号年月日元令和平成昭和大正明治RHSTM.,円"
            + "普通当座住民税固定資産税軽自動車税国民健康保険料就労求職中就学その他世帯主妻夫子父母男女転入転居転出東京都緑ヶ丘区";

    @Test
    void everySplitTypefaceHasAnOutlineForEveryCharacterUsed() throws IOException {
        String alphabet = alphabet();
        for (FillFont font : Stream.of(Split.values()).flatMap(s -> s.fonts().stream()).distinct().toList()) {
            assertThat(font.missing(alphabet)).as(font.name() + " lacks glyphs").isEmpty();
            try (PDDocument doc = new PDDocument()) {
                PDType0Font embedded = font.embedIn(doc);
                StringBuilder blank = new StringBuilder();
                alphabet.codePoints().mapToObj(Character::toString).forEach(c -> {
                    try {
                        byte[] code = embedded.encode(c);
                        if (embedded.getPath((code[0] & 0xff) << 8 | code[1] & 0xff).getBounds2D().isEmpty()) {
                            blank.append(c);
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertThat(blank).as(font.name() + " draws nothing for").isEmpty();
            }
        }
    }

    @Test
    void aMissingGlyphIsNamed() {
        assertThat(FillFont.IPA_GOTHIC.missing("山田 太郎")).isEmpty();
        assertThat(FillFont.IPA_GOTHIC.missing("山田\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    /** Names and places from the residents table, the lists values are drawn from, and {@link #WRITTEN}; kana also in hiragana. */
    static String alphabet() throws IOException {
        Set<Integer> chars = new LinkedHashSet<>();
        try (InputStream in = FillFontTest.class.getResourceAsStream("/io/scan2ledger/templates/samples/residents.txt")) {
            add(chars, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        // The lists values are drawn from (the others only help reading repairs).
        for (String list : new String[] {"banks", "bank-branches", "nursery-facilities"}) {
            add(chars, Files.readString(ModuleFiles.root().resolve("reference").resolve(list + ".txt")));
        }
        add(chars, WRITTEN);
        for (int c : chars.toArray(Integer[]::new)) {
            if (c >= 'ァ' && c <= 'ヶ' && c != 'ヵ' && c != 'ヶ' && c != 'ヷ') {
                chars.add(c - ('ァ' - 'ぁ'));
            }
        }
        StringBuilder out = new StringBuilder();
        chars.forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void add(Set<Integer> chars, String text) {
        text.lines().filter(l -> !l.startsWith("#")).forEach(line -> Arrays.stream(line.split("\t"))
                .forEach(cell -> cell.codePoints().filter(c -> c > ' ' && !Character.isWhitespace(c) && c != 0xFEFF)
                        .forEach(chars::add)));
    }
}
