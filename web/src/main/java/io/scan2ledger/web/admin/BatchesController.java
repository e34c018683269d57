package io.scan2ledger.web.admin;

import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.BatchSchedule;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.installation.Installation;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.web.batch.BatchControl;
import io.scan2ledger.web.batch.RunFiles;
import io.scan2ledger.web.review.Notice;
import io.scan2ledger.web.security.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/batches}: the nightly batch as an admin steers it. The schedule (next run, a
 * pending retry, pause and resume), a run now or a trial run (試行), the history of runs with their
 * reports, and each run's records with the reason and evidence of every failure.
 */
@Controller
public class BatchesController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int HISTORY = 30;

    /** One run as the history lists it; times are office time. */
    public record RunRow(long id, String status, String trigger, String requestedBy, boolean dryRun, String startedAt,
                         String finishedAt, int keyed, int alreadyPresent, int failed, int wouldKey, int inReview,
                         boolean hasReport) {
    }

    /** One record of a run: what happened to one document in one ledger. */
    public record RecordRow(long documentId, String receptionNumber, String bot, String form, String outcome,
                            String ledgerRef, String reason, List<String> evidence, String at) {
    }

    private final BatchControl control;
    private final RunFiles files;
    private final BatchRepository runs;
    private final BatchSchedule schedule;
    private final MessageSource messages;
    private final ZoneId zone;
    private final DocumentRepository documents;
    private final Installation installation;

    public BatchesController(BatchControl control, RunFiles files, BatchRepository runs, BatchSchedule schedule,
                             MessageSource messages, @Value("${scan2ledger.zone:Asia/Tokyo}") ZoneId zone,
                             DocumentRepository documents, Installation installation) {
        this.documents = documents;
        this.installation = installation;
        this.control = control;
        this.files = files;
        this.runs = runs;
        this.schedule = schedule;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/admin/batches")
    public String list(Model model) {
        model.addAttribute("cron", schedule.cron());
        model.addAttribute("paused", schedule.paused());
        model.addAttribute("nextRun", schedule.nextRun().map(this::time).orElse(null));
        model.addAttribute("retryAt", schedule.nextRetry().map(this::time).orElse(null));
        model.addAttribute("runs", runs.recentRuns(HISTORY).stream().map(this::row).toList());
        model.addAttribute("installationId", installation.current().map(InstallationId::value).orElse("—"));
        return "admin/batches";
    }

    @GetMapping("/admin/batches/{id}")
    public String run(@PathVariable long id, Model model) {
        model.addAttribute("run", row(files.run(id)));
        model.addAttribute("records", runs.events(id).stream().map(this::record).toList());
        return "admin/batch";
    }

    @PostMapping("/admin/batches/run")
    public String runNow(@RequestParam(defaultValue = "false") boolean dryRun,
                         @AuthenticationPrincipal UserAccount admin, Locale locale, RedirectAttributes flash) {
        control.runNow(admin.getUsername(), dryRun).ifPresentOrElse(
                run -> Notice.ok(flash, messages.getMessage(dryRun ? "admin.batches.trialStarted"
                        : "admin.batches.started", new Object[]{String.valueOf(run.id())}, locale)),
                () -> Notice.error(flash, messages.getMessage("admin.batches.busy", null, locale)));
        return "redirect:/admin/batches";
    }

    @PostMapping("/admin/batches/pause")
    public String pause(@AuthenticationPrincipal UserAccount admin, Locale locale, RedirectAttributes flash) {
        control.pause(admin.getUsername());
        Notice.ok(flash, messages.getMessage("admin.batches.pausedNotice", null, locale));
        return "redirect:/admin/batches";
    }

    @PostMapping("/admin/batches/resume")
    public String resume(@AuthenticationPrincipal UserAccount admin, Locale locale, RedirectAttributes flash) {
        control.resume(admin.getUsername());
        Notice.ok(flash, messages.getMessage("admin.batches.resumedNotice", null, locale));
        return "redirect:/admin/batches";
    }

    @GetMapping("/admin/batches/{id}/report.{kind:xlsx|pdf}")
    public ResponseEntity<Resource> report(@PathVariable long id, @PathVariable String kind) {
        return files.report(id, kind);
    }

    @GetMapping("/admin/batches/{id}/evidence/{name}")
    public ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable String name) {
        return files.evidence(id, name);
    }

    private RunRow row(BatchRun r) {
        return new RunRow(r.id(), r.status().name(), r.trigger().name(), r.requestedBy(), r.dryRun(),
                time(r.startedAt()), r.finishedAt() == null ? "" : time(r.finishedAt()), r.keyed(), r.alreadyPresent(),
                r.failed(), r.wouldKey(), r.inReview(), r.reportXlsx() != null);
    }

    private RecordRow record(KeyingEvent e) {
        return new RecordRow(e.documentId(), LedgerRecords.keyOf(e.documentId(), documents), e.botId(), e.formId(),
                e.outcome().name(), e.ledgerRef(), e.reason(),
                e.evidence().stream().map(p -> Path.of(p).getFileName().toString()).toList(), time(e.at()));
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }
}
