package io.scan2ledger.web.api;

import io.scan2ledger.metering.EffectMeter;
import io.scan2ledger.metering.EffectReport;
import io.scan2ledger.metering.EffectWorkbooks;
import io.scan2ledger.metering.FiscalYear;
import io.scan2ledger.web.batch.RunFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Effect metering (積算) for admins: hours saved, documents automated, pages digitised, per fiscal year and quarter. */
@RestController
@RequestMapping("/api/effect")
public class EffectApi {

    private final EffectMeter meter;
    private final EffectWorkbooks workbooks;
    private final Clock clock;
    private final ZoneId zone;

    public EffectApi(EffectMeter meter, EffectWorkbooks workbooks, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${scan2ledger.zone:Asia/Tokyo}") ZoneId zone) {
        this.meter = meter;
        this.workbooks = workbooks;
        this.clock = clock;
        this.zone = zone;
    }

    /** {@code ?fy=2026} (the year April 2026 to March 2027 starts in); default the current fiscal year. */
    @GetMapping
    public Map<String, Object> report(@RequestParam(value = "fy", required = false) Integer fy) {
        EffectReport r = meter.report(year(fy));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", r.year().year());
        body.put("label", r.year().label());
        body.put("hoursSaved", round(r.totalHours()));
        body.put("hoursSavedByQuarter", List.of(round(r.hours(0)), round(r.hours(1)), round(r.hours(2)), round(r.hours(3))));
        body.put("documentsAutomated", r.totalDocuments());
        body.put("pagesDigitised", r.totalPages());
        body.put("pagesDigitisedByQuarter", r.pages());
        body.put("tasksAutomated", r.botsInUse());
        body.put("botsUsed", r.botsUsed());
        body.put("forms", r.forms().stream().map(f -> Map.of("form", f.formId(), "title", f.title(),
                "minutesPerDocument", f.minutesPerDocument(), "documentsByQuarter", f.documents(),
                "documents", f.totalDocuments(), "hoursSaved", round(f.totalHours()))).toList());
        return body;
    }

    @GetMapping("/workbook.xlsx")
    public ResponseEntity<byte[]> workbook(@RequestParam(value = "fy", required = false) Integer fy) {
        EffectReport r = meter.report(year(fy));
        return ResponseEntity.ok()
                .contentType(RunFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"effect-FY" + r.year().year() + ".xlsx\"")
                .body(workbooks.xlsx(r));
    }

    private FiscalYear year(Integer fy) {
        return fy != null ? new FiscalYear(fy) : FiscalYear.of(LocalDate.now(clock.withZone(zone)));
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
