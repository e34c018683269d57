package io.scan2ledger.web.admin;

import io.scan2ledger.metering.EffectMeter;
import io.scan2ledger.metering.EffectReport;
import io.scan2ledger.metering.EffectWorkbooks;
import io.scan2ledger.metering.FiscalYear;
import io.scan2ledger.web.batch.RunFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code /admin/effect}: the effect of automation per fiscal year (April to March) as the ward
 * reports it: hours saved (積算), documents automated, pages digitised, tasks automated, per
 * quarter and per form, and the same as an .xlsx to attach to the report.
 */
@Controller
public class EffectController {

    private final EffectMeter meter;
    private final EffectWorkbooks workbooks;
    private final Clock clock;
    private final ZoneId zone;

    public EffectController(EffectMeter meter, EffectWorkbooks workbooks, Clock clock,
                            @Value("${scan2ledger.zone:Asia/Tokyo}") ZoneId zone) {
        this.meter = meter;
        this.workbooks = workbooks;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/admin/effect")
    public String page(@RequestParam(value = "fy", required = false) Integer fy, Model model) {
        FiscalYear current = FiscalYear.of(LocalDate.now(clock.withZone(zone)));
        EffectReport report = meter.report(fy == null ? current : new FiscalYear(fy));
        model.addAttribute("report", report);
        model.addAttribute("previous", report.year().year() - 1);
        model.addAttribute("next", report.year().year() < current.year() ? report.year().year() + 1 : null);
        return "admin/effect";
    }

    @GetMapping("/admin/effect/workbook.xlsx")
    public ResponseEntity<byte[]> workbook(@RequestParam("fy") int fy) {
        EffectReport report = meter.report(new FiscalYear(fy));
        return ResponseEntity.ok().contentType(RunFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"effect-FY" + fy + ".xlsx\"")
                .body(workbooks.xlsx(report));
    }
}
