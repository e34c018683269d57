package io.scan2ledger.templates.samples.procedural;

import io.scan2ledger.templates.samples.procedural.FieldBlock.LabelStyle;
import io.scan2ledger.templates.samples.procedural.FieldIdea.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Draws one procedural form from a seed, as the YAML tree of its template: title and form code,
 * a dated header, headed sections of fields in rows, sometimes a children table and notes. When
 * the drawn fields do not fit the page, it draws again with fewer (each attempt from its own seed).
 */
final class FormDraft {

    private static final String[][] SUBJECTS = {
            {"国民健康保険", "National health insurance"}, {"介護保険", "Long-term care insurance"},
            {"後期高齢者医療", "Late-stage elderly medical care"}, {"児童扶養手当", "Child-rearing allowance"},
            {"子ども医療費助成", "Children's medical subsidy"}, {"粗大ごみ収集", "Bulky waste collection"},
            {"犬の登録", "Dog registration"}, {"住民票の写し", "Copy of the residence record"},
            {"印鑑登録", "Seal registration"}, {"就学援助", "School expenses aid"}, {"保育料", "Nursery fees"},
            {"高額療養費", "High-cost medical expenses"}, {"障害福祉サービス", "Disability welfare services"},
            {"区営住宅", "Ward housing"}, {"自転車駐車場", "Bicycle parking"}, {"放課後児童クラブ", "After-school club"},
            {"国民年金", "National pension"}, {"下水道使用料", "Sewerage charges"}};
    private static final String[][] KINDS = {
            {"申請書", "application"}, {"届出書", "notification"}, {"申込書", "request"}, {"請求書", "claim"},
            {"変更届", "notice of change"}, {"交付申請書", "application for issue"}, {"依頼書", "request form"}};
    private static final List<String> SUBTITLES = List.of("（太枠内を記入してください）", "（窓口・郵送共通）",
            "（黒のボールペンで記入してください）");
    private static final Map<Section, List<String>> HEADINGS = Map.of(
            Section.PERSON, List.of("申請者", "届出人", "請求者", "申込者"),
            Section.DETAILS, List.of("申請内容", "届出の内容", "申込内容"),
            Section.ACCOUNT, List.of("振込先口座", "引落口座", "口座情報"));
    private static final List<String> NOTES = List.of(
            "1. 数字は枠の中に1字ずつ記入してください。",
            "2. 日付は和暦（例：令和5年4月1日）で記入してください。",
            "3. 該当する□にレ点または×を記入してください。",
            "4. 記入内容に誤りがあると手続きが遅れることがあります。");
    private static final Map<String, String> READINGS = Map.of("name", "kana", "childName", "childKana");
    private static final int MAX_ATTEMPTS = 40;

    private final RandomGenerator r;
    private final int maxFields;
    private final FormSheet sheet = new FormSheet();
    private final Map<String, Object> tables = new LinkedHashMap<>();
    private double y;

    private FormDraft(long seed, int attempt) {
        this.r = new SplittableRandom(seed ^ attempt * 0x9E3779B97F4A7C15L);
        this.maxFields = Math.max(8, 16 - attempt / 3);
    }

    /** The template tree for {@code seed}: same seed, same tree. */
    static Map<String, Object> tree(long seed, String id, String formCode) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Map<String, Object> tree = new FormDraft(seed, attempt).build(id, formCode);
            if (tree != null) {
                return tree;
            }
        }
        throw new IllegalStateException("no layout fits the page for seed " + seed);
    }

    /** The tree, or null when the fields drawn overflow the page. */
    private Map<String, Object> build(String id, String formCode) {
        String[] subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        sheet.title(27, 12, subject[0] + "　" + kind[0], 18 + r.nextInt(5));
        y = 39;
        if (r.nextBoolean()) {
            sheet.text(FormSheet.LEFT, y, FormSheet.WIDTH, FormSheet.BAR, SUBTITLES.get(r.nextInt(SUBTITLES.size())), 9,
                    false);
            y += FormSheet.BAR;
        }
        y += 3;
        List<FieldBlock> blocks = blocks(FieldVocabulary.pick(r, 8 + r.nextInt(maxFields - 7)));
        header(blocks.stream().filter(b -> b.idea.section() == Section.HEADER).toList());
        for (Section section : List.of(Section.PERSON, Section.DETAILS, Section.ACCOUNT)) {
            List<FieldBlock> in = blocks.stream().filter(b -> b.idea.section() == section).toList();
            if (!in.isEmpty()) {
                section(pick(HEADINGS.get(section)), in);
            }
        }
        if (r.nextInt(10) < 3) {
            ChildrenTable table = new ChildrenTable(r);
            if (y + table.height() <= FormSheet.BOTTOM) {
                tables.put("children", table.place(sheet, y));
                y += table.height() + 4;
            }
        }
        if (y + 24 <= FormSheet.BOTTOM && r.nextBoolean()) {
            notes();
        }
        if (y > FormSheet.BOTTOM) {
            return null;
        }
        return yamlTree(id, formCode, subject, kind);
    }

    /** Names the fields (generic ones numbered by kind: text1, date2...) and draws how each is printed. */
    private List<FieldBlock> blocks(List<FieldIdea> ideas) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (FieldIdea idea : ideas) {
            names.add(idea.generic() ? idea.name() + counts.merge(idea.name(), 1, Integer::sum) : idea.name());
        }
        List<FieldBlock> blocks = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            FieldIdea idea = ideas.get(i);
            int cells = idea.cells() > 0 ? idea.cells() : idea.boxable() && r.nextBoolean() ? idea.boxedCells() : 0;
            double cellWidth = 6 + 0.5 * r.nextInt(5);
            double digitHeight = 8 + 0.5 * r.nextInt(4);
            blocks.add(new FieldBlock(idea, names.get(i), pick(idea.labels()), cells, cellWidth, digitHeight,
                    extra(idea, names.get(i), cells, names)));
        }
        return blocks;
    }

    /** ocr, required and rules, as a template author would write them for this field. */
    private Map<String, Object> extra(FieldIdea idea, String name, int cells, List<String> names) {
        Map<String, Object> extra = new LinkedHashMap<>();
        boolean written = cells == 0 && !idea.isTickBoxes();
        if (written && r.nextBoolean()) {
            Map<String, Object> ocr = new LinkedHashMap<>();
            boolean digits = List.of("phone", "postal-code", "digits", "yen").contains(idea.type());
            ocr.put("language", digits && !idea.type().equals("postal-code") ? "eng" : "jpn");
            ocr.put("psm", 7);
            if (idea.type().equals("phone")) {
                ocr.put("whitelist", "0123456789-");
            }
            extra.put("ocr", ocr);
        }
        extra.put("required", !idea.type().equals("checkbox") && r.nextInt(10) < 7);
        Map<String, Object> rules = new LinkedHashMap<>();
        String reading = READINGS.get(name);
        if (reading != null && names.contains(reading) && r.nextInt(10) < 7) {
            rules.put("reading", reading);
        }
        if (idea.type().equals("text") && idea.minWidth() >= 100 && r.nextBoolean()) {
            rules.put("places", "addresses");
        }
        if (r.nextBoolean()) {
            switch (name) {
                case "bankName" -> rules.put("reference", "banks");
                case "branchName" -> rules.put("reference", "bank-branches");
                case "bankCode" -> rules.put("reference", "banks:2");
                case "branchCode" -> rules.put("reference", "bank-branches:3");
                default -> {
                    switch (idea.type()) {
                        case "kana" -> rules.put("pattern", "^[ァ-ヶー ]+$");
                        case "phone" -> rules.put("pattern", "^0\\d{1,4}-\\d{1,4}-\\d{3,4}$");
                        case "postal-code" -> rules.put("pattern", "^\\d{3}-\\d{4}$");
                        case "era-date" -> rules.put("max", "today");
                        default -> {
                        }
                    }
                }
            }
        }
        if (!rules.isEmpty()) {
            extra.put("rules", rules);
        }
        return extra;
    }

    /** The date row under the title, with the addressee to its right as on the bundled forms. */
    private void header(List<FieldBlock> blocks) {
        for (FieldBlock block : blocks) {
            double labelWidth = 26 + 2 * r.nextInt(6);
            double h = 10 + r.nextInt(3);
            double w = block.minWidth(LabelStyle.LEFT, labelWidth) + 2 * r.nextInt(8);
            block.place(sheet, FormSheet.LEFT, y, w, h, LabelStyle.LEFT, labelWidth);
            double noteX = FormSheet.LEFT + w + 4;
            double noteW = FormSheet.LEFT + FormSheet.WIDTH - noteX;
            if (noteW >= 60) {
                sheet.text(noteX, y, noteW, h, "緑ヶ丘区長　あて\n下記のとおり" + pick(List.of("申請します。", "届け出ます。",
                        "申し込みます。")), 9, false);
            }
            y += h + 4;
        }
    }

    /**
     * A headed, bold-framed section: its fields in rows that span the content width, each row
     * filled left to right (sometimes broken early, as forms leave a field alone on its line); the
     * last field of a row takes the spare width.
     */
    private void section(String heading, List<FieldBlock> blocks) {
        LabelStyle style = r.nextInt(3) < 2 ? LabelStyle.LEFT : LabelStyle.ABOVE;
        double labelWidth = 26 + 2 * r.nextInt(6);
        double cellHeight = 10 + r.nextInt(5);
        double rowHeight = style == LabelStyle.LEFT ? cellHeight : FormSheet.BAR + cellHeight;
        double top = y;
        sheet.label(FormSheet.LEFT, y, FormSheet.WIDTH, FormSheet.BAR, heading, 10, true);
        y += FormSheet.BAR;
        List<FieldBlock> row = new ArrayList<>();
        double used = 0;
        for (FieldBlock block : blocks) {
            double need = block.minWidth(style, labelWidth);
            if (!row.isEmpty() && (used + need > FormSheet.WIDTH || r.nextInt(5) == 0)) {
                row(row, style, labelWidth, rowHeight);
                row.clear();
                used = 0;
            }
            row.add(block);
            used += need;
        }
        row(row, style, labelWidth, rowHeight);
        sheet.box(FormSheet.LEFT, top, FormSheet.WIDTH, y - top, true);
        y += 4 + r.nextInt(3);
    }

    private void row(List<FieldBlock> row, LabelStyle style, double labelWidth, double height) {
        double x = FormSheet.LEFT;
        double slack = FormSheet.WIDTH - row.stream().mapToDouble(b -> b.minWidth(style, labelWidth)).sum();
        for (int i = 0; i < row.size(); i++) {
            double w = row.get(i).minWidth(style, labelWidth) + (i == row.size() - 1 ? slack : 0);
            row.get(i).place(sheet, x, y, w, height, style, labelWidth);
            x += w;
        }
        y += height;
    }

    private void notes() {
        sheet.text(FormSheet.LEFT, y, FormSheet.WIDTH, FormSheet.BAR, "記入上の注意", 10, true);
        int lines = 2 + r.nextInt(3);
        sheet.text(FormSheet.LEFT, y + FormSheet.BAR, FormSheet.WIDTH, lines * 4.5,
                String.join("\n", NOTES.subList(0, lines)), 8.5, false);
        y += FormSheet.BAR + lines * 4.5 + 2;
    }

    private Map<String, Object> yamlTree(String id, String formCode, String[] subject, String[] kind) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("version", 1);
        t.put("title", subject[0] + " " + kind[0]);
        t.put("titleEn", subject[1] + " " + kind[1]);
        t.put("formCode", formCode);
        // Right-aligned at the top like the bundled forms', wide enough for the code at 12 pt, and
        // ending 5.5 mm left of the top-right mark (the loader wants 3 mm of free paper around it).
        double codeWidth = Math.max(45, FormSheet.widthMm(formCode, 12) + 6);
        t.put("formCodeZone", FormSheet.zone(186 - codeWidth, 19, codeWidth, 8));
        t.put("keywords", List.of(subject[0], kind[0]));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("width", 210.0);
        page.put("height", 297.0);
        t.put("page", page);
        t.put("markSize", FormSheet.MARK_SIZE);
        List<Map<String, Object>> marks = new ArrayList<>();
        for (double[] m : FormSheet.MARKS) {
            Map<String, Object> mark = new LinkedHashMap<>();
            mark.put("x", m[0]);
            mark.put("y", m[1]);
            marks.add(mark);
        }
        t.put("marks", marks);
        t.put("reviewThreshold", 0.8);
        t.put("fields", sheet.fields);
        if (!tables.isEmpty()) {
            t.put("tables", List.copyOf(tables.values()));
        }
        t.put("layout", sheet.layout);
        return t;
    }

    private String pick(List<String> choices) {
        return choices.get(r.nextInt(choices.size()));
    }
}
