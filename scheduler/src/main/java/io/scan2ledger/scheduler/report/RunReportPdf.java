package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.Document;
import io.scan2ledger.support.JapaneseFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The run report on A4 paper, for the binder: summary, failures with reasons and evidence, review backlog. */
final class RunReportPdf {

    private static final float MARGIN = 50;
    private static final float LINE = 15;

    private final RunReport report;

    RunReportPdf(RunReport report) {
        this.report = report;
    }

    void writeTo(OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PDType0Font.load(pdf, JapaneseFont.GOTHIC.file().toFile());
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[]{"H", report.title()});
            lines.add(new String[]{"", "開始 / started: " + report.started() + "    作成 / written: " + report.written()});
            lines.add(new String[]{"", "起動 / trigger: " + report.run().trigger()});
            lines.add(new String[]{"", ""});
            lines.add(new String[]{"S", "概要 / Summary"});
            for (RunReport.Line line : report.summary()) {
                lines.add(new String[]{"", String.format("%-24s %6d", line.ja() + " / " + line.en(), line.count())});
            }
            lines.add(new String[]{"", ""});
            lines.add(new String[]{"S", "失敗 / Failures"});
            List<KeyingEvent> failures = report.events().stream()
                    .filter(e -> e.outcome() == KeyingEvent.Outcome.FAILED).toList();
            if (failures.isEmpty()) {
                lines.add(new String[]{"", "なし / none"});
            }
            for (KeyingEvent e : failures) {
                lines.add(new String[]{"", report.reception(e.documentId()) + "  " + e.botId() + "  "
                        + (e.reason() == null ? "" : e.reason())});
                for (String evidence : e.evidence()) {
                    lines.add(new String[]{"", "    証跡 / evidence: " + Paths.get(evidence).getFileName()});
                }
            }
            lines.add(new String[]{"", ""});
            lines.add(new String[]{"S", "入力済み / Keyed"});
            for (KeyingEvent e : report.events()) {
                if (e.outcome() != KeyingEvent.Outcome.FAILED) {
                    lines.add(new String[]{"", report.reception(e.documentId()) + "  " + e.botId() + "  "
                            + RunReport.outcome(e.outcome()) + (e.ledgerRef() == null ? "" : "  " + e.ledgerRef())});
                }
            }
            lines.add(new String[]{"", ""});
            lines.add(new String[]{"S", "審査待ち / Still in review: " + report.stillInReview().size()});
            for (Document d : report.stillInReview()) {
                lines.add(new String[]{"", report.reception(d.id()) + "  " + (d.formId() == null ? "-" : d.formId())
                        + "  " + d.channel() + "  " + report.ageDays(d) + " 日 / days"});
            }
            if (!report.notes().isEmpty()) {
                lines.add(new String[]{"", ""});
                lines.add(new String[]{"S", "台帳の注記 / Ledger notes"});
                for (RunReports.BotNote note : report.notes()) {
                    lines.add(new String[]{"", note.botId() + "  " + note.text()});
                }
            }
            draw(pdf, font, lines);
            pdf.save(out);
        }
    }

    private static float sizeOf(String kind) {
        return kind.equals("H") ? 15 : kind.equals("S") ? 12 : 9.5f;
    }

    /** Breaks a line where it would run past the right margin (Japanese has no spaces to break at). */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (!line.isEmpty() && font.getStringWidth(next) / 1000 * size > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append("    ");
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        out.add(line.toString());
        return out;
    }

    private static void draw(PDDocument pdf, PDFont font, List<String[]> given) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        List<String[]> lines = new ArrayList<>();
        for (String[] line : given) {
            for (String part : wrap(line[1], font, sizeOf(line[0]), a4.getWidth() - 2 * MARGIN)) {
                lines.add(new String[]{line[0], part});
            }
        }
        int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LINE);
        for (int start = 0; start < lines.size(); start += perPage) {
            PDPage page = new PDPage(a4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                float y = a4.getHeight() - MARGIN;
                for (String[] line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                    float size = sizeOf(line[0]);
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(MARGIN, y);
                    cs.showText(line[1]);
                    cs.endText();
                    y -= LINE;
                }
                cs.beginText();
                cs.setFont(font, 8);
                cs.newLineAtOffset(a4.getWidth() - MARGIN - 40, MARGIN / 2);
                cs.showText((start / perPage + 1) + " / " + ((lines.size() - 1) / perPage + 1));
                cs.endText();
            }
        }
    }
}
