package io.scan2ledger.certainty;

import io.scan2ledger.field.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a field is doubtful, in the supervisor's words: the calibrated probability and the evidence
 * that lowered it. Never the values themselves (the screen shows those beside the scan); so a
 * problem's text is free of personal data wherever it goes.
 */
public final class Doubts {

    /** The code of the problem a field below its type's threshold carries. */
    public static final String LOW_CERTAINTY = "LOW_CONFIDENCE";

    /** Facts that give no reason of their own: neither list nor postal code known. */
    private static final Facts NOTHING_KNOWN = new Facts(null, null, true, null, null);

    private Doubts() {
    }

    /** One reason, in Japanese and English. */
    public record Reason(String code, String ja, String en) {
    }

    public static Problem lowCertainty(double probability, Evidence evidence, Facts facts) {
        List<Reason> reasons = reasons(evidence, facts);
        String ja = Double.isNaN(probability) ? "読取の確からしさが較正されていません。"
                : "読取の確からしさ " + percent(probability) + "。";
        String en = Double.isNaN(probability) ? "No calibrated certainty is available."
                : "Read with " + percent(probability) + " certainty.";
        for (Reason r : reasons) {
            ja += r.ja() + "。";
            en += " " + r.en() + ".";
        }
        return Problem.review(LOW_CERTAINTY, ja + "原本と照合してください。", en + " Please compare with the scan.");
    }

    /**
     * A problem as a screen shows it beside the reasons it lists on its own: the LOW_CONFIDENCE
     * text without those reasons (the probability, what the facts said and the request to compare
     * stay). Any other problem as it is.
     */
    public static Problem without(Problem problem, List<Reason> listed) {
        if (!LOW_CERTAINTY.equals(problem.code())) {
            return problem;
        }
        String ja = problem.ja();
        String en = problem.en();
        // The same sentences lowCertainty wrote.
        for (Reason r : listed) {
            ja = ja.replace(r.ja() + "。", "");
            en = en.replace(" " + r.en() + ".", "");
        }
        return new Problem(problem.code(), problem.severity(), ja, en);
    }

    /** A name whose 氏/名 split was not seen on the paper, however sure the characters are. */
    public static Problem splitGuessed() {
        return Problem.review("SPLIT_GUESSED", "氏と名の区切りが紙面で確認できません。区切りの位置を確認してください。",
                "The space between family and given name is not visible on the paper. Please check where it goes.");
    }

    /**
     * The reasons the evidence alone gives, for a screen that has the stored evidence but not the
     * facts validation weighed (those are not stored; the LOW_CONFIDENCE problem's text carries them).
     */
    public static List<Reason> reasons(Evidence e) {
        return reasons(e, NOTHING_KNOWN);
    }

    /** The evidence against the value, most telling first. */
    public static List<Reason> reasons(Evidence e, Facts f) {
        List<Reason> out = new ArrayList<>();
        if (e.readings() == Evidence.Readings.DISAGREE) {
            out.add(new Reason("READINGS_DISAGREE", "2つの読取モデルの結果が食い違っています",
                    "two recognition models read it differently"));
        }
        if (e.split() == Evidence.Split.GUESSED) {
            out.add(new Reason("SPLIT_GUESSED", "空白（氏と名の区切りなど）の位置が紙面で確認できず、推定しました",
                    "a space (such as between family and given name) is not clearly visible on the paper; its place was guessed"));
        }
        for (Evidence.Repair repair : e.repairs()) {
            out.add(repair(repair));
        }
        if (Boolean.FALSE.equals(f.postal())) {
            out.add(new Reason("POSTAL_DISAGREES", "郵便番号と住所の町名が一致しません",
                    "the postal code and the address name different towns"));
        }
        if (Boolean.FALSE.equals(f.listed())) {
            out.add(new Reason("NOT_LISTED", "辞書・一覧にない値です", "the value is not in its dictionary or list"));
        }
        if (!e.weakChars().isEmpty()) {
            out.add(new Reason("WEAK_CHARACTERS", "読取の不確かな文字があります（" + e.weakChars().length() + "文字）",
                    "the model was unsure of " + e.weakChars().length() + " character(s)"));
        }
        if (e.inkShare() > 0.3) {
            out.add(new Reason("SMUDGED", "記入欄が汚れているか塗りつぶされています", "the box is smudged or scribbled over"));
        }
        return out;
    }

    private static Reason repair(Evidence.Repair repair) {
        String code = "REPAIRED_" + repair.name();
        return switch (repair) {
            case MERGED -> new Reason(code, "2つの読取を文字ごとに組み合わせました", "two readings were merged character by character");
            case CHOSEN_BY_RULES -> new Reason(code, "複数の読取から規則に合うものを選びました", "of several readings, the one the rules accept was chosen");
            case NEAR_ENTRY -> new Reason(code, "一覧の近い項目に補正しました", "corrected to the nearest entry of its list");
            case CONFUSED_DIGIT -> new Reason(code, "紛らわしい数字を1つ補正しました", "one easily confused digit was corrected");
            case ADDRESS_MASTER -> new Reason(code, "住所の町名を住所マスタで補正しました", "the town was corrected from the address master");
            case THIRD_READING -> new Reason(code, "氏名を縮小して読み直しました", "the name was read again at a smaller size");
            case SHAPE -> new Reason(code, "字形の比較で補正しました", "corrected by comparing printed shapes");
            case KANA_DICTIONARY -> new Reason(code, "フリガナを辞書の読みに補正しました", "the kana was corrected to a listed reading");
            case NAME_FROM_READING -> new Reason(code, "氏名をフリガナから補正しました", "the name was corrected from its kana reading");
            case NAME_DICTIONARY -> new Reason(code, "氏名を辞書・同一世帯の氏で補正しました", "the name was corrected from the dictionary or the household");
            case CELLS_ONE_BY_ONE -> new Reason(code, "枠ごとに1文字ずつ読みました", "the boxes were read one at a time");
            case FAINT_TICK -> new Reason(code, "チェックが薄く、記入ありと判定しました", "a faint mark was counted as ticked");
        };
    }

    /** A probability as people read it, to one decimal: 0.623 is 62.3% (the review page shows the same). */
    public static String percent(double p) {
        return Math.round(p * 1000) / 10.0 + "%";
    }
}
