package io.scan2ledger.imaging;

import io.scan2ledger.intake.FileKind;

/**
 * Recognises programs by their first bytes: executables (Linux ELF, Windows MZ/PE, macOS Mach-O,
 * Java classes) and scripts with an interpreter line. Such a file in an inbox is not a damaged scan
 * but something the IT staff should hear about; it is never opened beyond these bytes.
 */
final class Programs {

    private static final int[][] SIGNATURES = {
            {0x7F, 'E', 'L', 'F'},
            {'M', 'Z'},
            {'#', '!'},
            {0xFE, 0xED, 0xFA, 0xCE}, {0xFE, 0xED, 0xFA, 0xCF}, {0xCE, 0xFA, 0xED, 0xFE}, {0xCF, 0xFA, 0xED, 0xFE},
            {0xCA, 0xFE, 0xBA, 0xBE},
    };

    private Programs() {
    }

    static boolean isProgram(byte[] head, int length) {
        for (int[] signature : SIGNATURES) {
            if (FileKind.startsWith(head, length, signature)) {
                return true;
            }
        }
        return false;
    }
}
