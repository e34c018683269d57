package io.scan2ledger.web.api;

import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.BatchSchedule;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.web.batch.BatchControl;
import io.scan2ledger.web.batch.RunFiles;
import io.scan2ledger.web.security.UserAccount;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly batch for admins: run it now (or as a trial), follow a run, read its report and
 * evidence, pause the schedule. The admin page ({@code /admin/batches}) does the same through
 * {@link BatchControl} and {@link RunFiles}.
 */
@RestController
@RequestMapping("/api/batches")
public class BatchApi {

    private final BatchControl control;
    private final RunFiles files;
    private final BatchRepository runs;
    private final BatchSchedule schedule;
    private final DocumentRepository documents;

    public BatchApi(BatchControl control, RunFiles files, BatchRepository runs, BatchSchedule schedule,
                    DocumentRepository documents) {
        this.documents = documents;
        this.control = control;
        this.files = files;
        this.runs = runs;
        this.schedule = schedule;
    }

    /** Optional body {@code {"dryRun": true}}: a trial (試行) that fills every form but submits nothing. */
    public record RunRequest(Boolean dryRun) {
    }

    @PostMapping("/run")
    public ResponseEntity<Map<String, Object>> run(@RequestBody(required = false) RunRequest request,
                                                   @AuthenticationPrincipal UserAccount user) {
        boolean dryRun = request != null && Boolean.TRUE.equals(request.dryRun());
        BatchRun run = control.runNow(user.getUsername(), dryRun)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "別のバッチが実行中です / another run is in progress"));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(summary(run));
    }

    @GetMapping
    public List<Map<String, Object>> history(@RequestParam(value = "limit", defaultValue = "20") int limit) {
        return runs.recentRuns(limit).stream().map(BatchApi::summary).toList();
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> body = summary(files.run(id));
        body.put("records", runs.events(id).stream().map(this::event).toList());
        return body;
    }

    @GetMapping("/{id}/report.xlsx")
    public ResponseEntity<Resource> workbook(@PathVariable long id) {
        return files.report(id, "xlsx");
    }

    @GetMapping("/{id}/report.pdf")
    public ResponseEntity<Resource> pdf(@PathVariable long id) {
        return files.report(id, "pdf");
    }

    @GetMapping("/{id}/evidence/{name}")
    public ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable String name) {
        return files.evidence(id, name);
    }

    @GetMapping("/schedule")
    public Map<String, Object> schedule() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cron", schedule.cron());
        body.put("paused", schedule.paused());
        body.put("nextRun", schedule.nextRun().orElse(null));
        body.put("retryAt", schedule.nextRetry().orElse(null));
        return body;
    }

    @PostMapping("/schedule/pause")
    public Map<String, Object> pause(@AuthenticationPrincipal UserAccount user) {
        control.pause(user.getUsername());
        return schedule();
    }

    @PostMapping("/schedule/resume")
    public Map<String, Object> resume(@AuthenticationPrincipal UserAccount user) {
        control.resume(user.getUsername());
        return schedule();
    }

    static Map<String, Object> summary(BatchRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", run.id());
        m.put("status", run.status());
        m.put("trigger", run.trigger());
        m.put("requestedBy", run.requestedBy());
        m.put("dryRun", run.dryRun());
        m.put("startedAt", run.startedAt());
        m.put("finishedAt", run.finishedAt());
        m.put("keyed", run.keyed());
        m.put("alreadyPresent", run.alreadyPresent());
        m.put("failed", run.failed());
        m.put("wouldKey", run.wouldKey());
        m.put("inReview", run.inReview());
        return m;
    }

    private Map<String, Object> event(KeyingEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documentId", e.documentId());
        m.put("receptionNumber", LedgerRecords.keyOf(e.documentId(), documents));
        m.put("bot", e.botId());
        m.put("form", e.formId());
        m.put("outcome", e.outcome());
        m.put("ledgerRef", e.ledgerRef());
        m.put("reason", e.reason());
        m.put("evidence", e.evidence().stream().map(p -> Path.of(p).getFileName().toString()).toList());
        m.put("at", e.at());
        return m;
    }
}
