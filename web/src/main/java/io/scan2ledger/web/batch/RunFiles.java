package io.scan2ledger.web.batch;

import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.KeyingEvent;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a run leaves: its report (.xlsx, .pdf) and the evidence of failed records (screenshots,
 * page HTML). A file is served only when the run's own records name it, so no path from a request
 * ever reaches the file system.
 */
@Component
public class RunFiles {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BatchRepository runs;

    public RunFiles(BatchRepository runs) {
        this.runs = runs;
    }

    public BatchRun run(long id) {
        return runs.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "バッチが見つかりません / no such run"));
    }

    public ResponseEntity<Resource> report(long id, String kind) {
        Function<BatchRun, String> file = kind.equals("xlsx") ? BatchRun::reportXlsx : BatchRun::reportPdf;
        String path = file.apply(run(id));
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "報告書はまだありません / no report yet");
        }
        return download(Path.of(path), kind.equals("xlsx") ? XLSX : MediaType.APPLICATION_PDF);
    }

    /** One evidence file of the run, by its file name as the run's records list it. */
    public ResponseEntity<Resource> evidence(long id, String name) {
        Optional<Path> file = runs.events(run(id).id()).stream().map(KeyingEvent::evidence)
                .flatMap(java.util.List::stream).map(Path::of)
                .filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p)).findFirst();
        Path found = file.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "証跡が見つかりません / no such evidence"));
        MediaType type = name.endsWith(".png") ? MediaType.IMAGE_PNG
                : name.endsWith(".html") ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_OCTET_STREAM;
        return download(found, type);
    }

    private static ResponseEntity<Resource> download(Path file, MediaType type) {
        // A ledger's saved page is shown as text, never rendered: it came from another system.
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
