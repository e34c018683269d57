package io.scan2ledger.ocr;

/**
 * One reading made of two models' readings of the same ink, character by character, for a field
 * they disagree on (which a person then checks). Where they agree, that character. Letters: a
 * letter only one model has is left out (the LSTM models read some twice: コーボポ, たんぽぼぽ), and
 * of two different letters the first model's is kept. Digits: of two different digits a zero wins
 * (on printed forms {@code jpn} reads 0 as 6 and the {@code Japanese} model reads it as 9, and
 * each is right about the other's zero); otherwise, and for a digit only one model has (7月2日 for
 * 7月20日), the model surer of its whole reading decides. {@code bench accuracy} measured each rule.
 */
final class ReadingMerge {

    private ReadingMerge() {
    }

    static String of(String first, String second, boolean firstIsSurer) {
        int[] a = first.codePoints().toArray();
        int[] b = second.codePoints().toArray();
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        StringBuilder reversed = new StringBuilder();
        int i = a.length;
        int j = b.length;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) {
                reversed.appendCodePoint(a[i - 1] == b[j - 1] ? a[i - 1]
                        : substitute(a[i - 1], b[j - 1], firstIsSurer));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;   // only the first model has it
                if (firstIsSurer && Character.isDigit(a[i])) {
                    reversed.appendCodePoint(a[i]);
                }
            } else {
                j--;   // only the second model has it
                if (!firstIsSurer && Character.isDigit(b[j])) {
                    reversed.appendCodePoint(b[j]);
                }
            }
        }
        return new StringBuilder(reversed.toString()).reverse().toString();
    }

    private static int substitute(int x, int y, boolean firstIsSurer) {
        boolean digits = Character.isDigit(x) && Character.isDigit(y);
        if (digits && (x == '0' || y == '0' || (x == '6' && y == '9') || (x == '9' && y == '6'))) {
            return '0';
        }
        return digits && !firstIsSurer ? y : x;
    }
}
