package io.scan2ledger.legacyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ShiftJisTest {

    @Test
    void whatIsWrittenDirectlyComesBackUnchanged() {
        for (char c = 0; c < 0xFFFF; c++) {
            String s = String.valueOf(c);
            if (Character.isSurrogate(c) || new String(ShiftJis.encode(s), ShiftJis.WINDOWS_31J).startsWith("&#")) {
                continue;
            }
            assertThat(new String(ShiftJis.encode(s), ShiftJis.WINDOWS_31J)).as("U+%04X", (int) c).isEqualTo(s);
        }
    }

    @Test
    void ibmExtensionsAreWindows31jAndWaveDashTravelsAsAReference() {
        assertThat(hex("髙﨑ー～")).isEqualTo("fbfcfab1815b8160");
        assertThat(new String(ShiftJis.encode("〜¢"), ShiftJis.WINDOWS_31J)).isEqualTo("&#12316;&#162;");
        assertThat(new String(ShiftJis.encode("😀"), ShiftJis.WINDOWS_31J)).isEqualTo("&#128512;");
    }

    @Test
    void referencesFromTheBrowserBecomeCharacters() {
        assertThat(ShiftJis.resolveReferences("A&#12316;B&#128512;")).isEqualTo("A〜B😀");
        assertThat(ShiftJis.resolveReferences("&#99999999; & &#x41;")).isEqualTo("&#99999999; & &#x41;");
    }

    @Test
    void storableIsWhatAShiftJisDatabaseCouldHold() {
        assertThat(ShiftJis.storable("髙橋 﨑子〜‖－ｶﾅ①Ⅱ")).isTrue();
        assertThat(ShiftJis.storable("😀")).isFalse();
        assertThat(ShiftJis.storable("𠮷野家")).isFalse();
        assertThat(ShiftJis.storable("한국")).isFalse();
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(ShiftJis.encode(s));
    }
}
