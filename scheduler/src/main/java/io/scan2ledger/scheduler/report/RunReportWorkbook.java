package io.scan2ledger.scheduler.report;

import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.RunReports;
import io.scan2ledger.document.Document;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Paths;
import java.util.List;

/** The run report as a workbook: a summary sheet, every record's outcome, and the documents still in review. */
final class RunReportWorkbook {

    private final RunReport report;

    RunReportWorkbook(RunReport report) {
        this.report = report;
    }

    void writeTo(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet summary = wb.createSheet("概要 Summary");
            row(summary, 0, header, report.title());
            row(summary, 1, null, "開始 / started", report.started());
            row(summary, 2, null, "作成 / written", report.written());
            row(summary, 3, null, "起動 / trigger", report.run().trigger().name() + " " + nz(report.run().requestedBy()));
            int r = 5;
            row(summary, r++, header, "区分 / outcome", "件数 / count");
            for (RunReport.Line line : report.summary()) {
                Row row = row(summary, r++, null, line.ja() + " / " + line.en());
                row.createCell(1).setCellValue(line.count());
            }
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(1, 24 * 256);

            Sheet results = wb.createSheet("結果 Records");
            row(results, 0, header, "受付番号 / reception no.", "様式 / form", "ボット / bot", "結果 / outcome",
                    "台帳番号 / ledger ref", "理由 / reason", "証跡 / evidence");
            int i = 1;
            for (KeyingEvent e : report.events()) {
                Row row = row(results, i++, null, report.reception(e.documentId()), nz(e.formId()), e.botId(),
                        RunReport.outcome(e.outcome()), nz(e.ledgerRef()), nz(e.reason()));
                linkEvidence(wb, row, e.evidence());
            }
            widths(results, 18, 18, 20, 22, 20, 50, 40);
            results.createFreezePane(0, 1);

            Sheet review = wb.createSheet("審査待ち In review");
            row(review, 0, header, "受付番号 / reception no.", "様式 / form", "窓口 / channel", "受付 / received",
                    "経過日数 / days waiting");
            int k = 1;
            for (Document d : report.stillInReview()) {
                Row row = row(review, k++, null, report.reception(d.id()), nz(d.formId()), d.channel(),
                        RunReportWriter.WHEN.format(d.receivedAt().atZone(report.zone())));
                row.createCell(4).setCellValue(report.ageDays(d));
            }
            widths(review, 18, 18, 14, 18, 14);

            if (!report.notes().isEmpty()) {
                Sheet notes = wb.createSheet("台帳の注記 Ledger notes");
                row(notes, 0, header, "ボット / bot", "注記 / note");
                int n = 1;
                for (RunReports.BotNote note : report.notes()) {
                    row(notes, n++, null, note.botId(), note.text());
                }
                widths(notes, 20, 100);
            }
            wb.write(out);
        }
    }

    private static void linkEvidence(XSSFWorkbook wb, Row row, List<String> evidence) {
        if (evidence.isEmpty()) {
            return;
        }
        var cell = row.createCell(6);
        cell.setCellValue(String.join(", ", evidence.stream().map(p -> Paths.get(p).getFileName().toString()).toList()));
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(Paths.get(evidence.get(0)).toUri().toString());
        cell.setHyperlink(link);
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
