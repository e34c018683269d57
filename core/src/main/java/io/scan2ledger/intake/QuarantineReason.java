package io.scan2ledger.intake;

/**
 * Why a file could not be taken, in plain Japanese and English for the clerk who dropped it.
 * {@code detail} is technical (a parser message, a limit); it never holds field values.
 */
public record QuarantineReason(Code code, String detail) {

    public enum Code {
        EMPTY_FILE("ファイルが空です（0 バイト）。スキャンし直して、もう一度入れてください。",
                "The file is empty (0 bytes). Please scan again and drop it once more."),
        TOO_LARGE("ファイルが大きすぎます。解像度を下げるか、分けてスキャンしてください。",
                "The file is too large. Scan at a lower resolution or in several parts."),
        NOT_A_DOCUMENT("PDF・TIFF・PNG・JPEG のいずれでもありません。スキャンした申請書のファイルを入れてください。",
                "This is not a PDF, TIFF, PNG or JPEG file. Please drop the scanned application form."),
        CORRUPT("ファイルが壊れているため読み取れません。スキャンし直してください。",
                "The file is damaged and cannot be read. Please scan again."),
        INCOMPLETE("ファイルが最後まで書き込まれていません（転送が途中で止まった可能性があります）。",
                "The file was never completely written (the transfer may have stopped half-way)."),
        ENCRYPTED("パスワードで保護された PDF は読み取れません。保護を外してから入れてください。",
                "Password-protected PDFs cannot be read. Remove the protection and drop it again."),
        NO_PAGES("ページが 1 枚もありません。", "The file has no pages."),
        TOO_MANY_PAGES("ページ数が多すぎます。申請書ごとに分けてスキャンしてください。",
                "Too many pages. Scan each application separately."),
        IMAGE_TOO_LARGE("画像の画素数が大きすぎます（解像度が高すぎます）。300 dpi 程度でスキャンしてください。",
                "The image has too many pixels (resolution too high). Please scan at about 300 dpi."),
        NOT_A_REGULAR_FILE("通常のファイルではありません（ショートカットやリンクは受け付けません）。",
                "Not a regular file (shortcuts and links are not accepted)."),
        PROGRAM("プログラム（実行ファイルまたはスクリプト）です。開かず、実行もしていません。情報システム担当に連絡してください。",
                "This is a program (an executable or a script), not a scan. It was neither opened nor run. "
                        + "Please tell the IT staff."),
        EXPANDS_TOO_MUCH("圧縮されたデータを展開すると極端に大きくなるため、安全に読み取れません。スキャンし直してください。",
                "Compressed data in this file expands to an unreasonable size, so it cannot be read safely. "
                        + "Please scan again."),
        UNSUPPORTED_ENCODING("この画像の圧縮形式には対応していません。PDF・PNG・JPEG か、CCITT G4 または LZW の TIFF で保存し直してください。",
                "This image is compressed in a way that cannot be read. Save it again as PDF, PNG, JPEG, "
                        + "or TIFF with CCITT G4 or LZW compression."),
        // Online-application exports (CSV or JSON): what is wrong with the file, not the note for scans.
        UNKNOWN_COLUMN("電子申請ファイルに、様式にない列があります。列の見出しを様式の項目名に合わせてから入れ直してください。",
                "The online-application file has a column that is not on the form. Make the column heading a field "
                        + "of the form and drop the file again."),
        UNKNOWN_FORM("電子申請ファイルの様式を特定できません。「form」列に様式 ID を入れるか、ファイル名を様式 ID で始めてください。",
                "The form of this online-application file is unknown. Add a 'form' column with the form id, or start "
                        + "the file name with it."),
        UNREADABLE_ENCODING("電子申請ファイルの文字コードを読み取れません。UTF-8 または Shift_JIS で保存し直してください。",
                "The text encoding of the online-application file cannot be read. Save it again as UTF-8 or Shift_JIS."),
        BAD_JSON("電子申請ファイルが正しい JSON ではありません（オブジェクト、またはオブジェクトの配列）。出力し直してください。",
                "The online-application file is not valid JSON (an object, or an array of flat objects). Export it "
                        + "again."),
        BAD_CSV("電子申請ファイルの CSV の形式が正しくありません（列の数または引用符）。出力し直してください。",
                "The online-application CSV is malformed (the number of columns, or quotes). Export it again."),
        NOT_AN_APPLICATION("電子申請ファイルとして読み取れる申請がありません。",
                "No application could be read from this online-application file.");

        private final String japanese;
        private final String english;

        Code(String japanese, String english) {
            this.japanese = japanese;
            this.english = english;
        }

        public String japanese() {
            return japanese;
        }

        public String english() {
            return english;
        }
    }

    public static QuarantineReason of(Code code, String detail) {
        return new QuarantineReason(code, detail);
    }

    /** The text written into {@code <name>.reason.txt} and shown on screen. */
    public String explain() {
        String text = code.japanese() + "\n" + code.english();
        return detail == null || detail.isBlank() ? text : text + "\n(" + detail + ")";
    }
}
