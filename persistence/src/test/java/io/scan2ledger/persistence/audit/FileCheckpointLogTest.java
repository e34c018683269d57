package io.scan2ledger.persistence.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class FileCheckpointLogTest {

    @TempDir
    Path dir;

    @Test
    void linesAreAppendedToAnOwnerOnlyFileInAnOwnerOnlyFolder() throws Exception {
        Path folder = dir.resolve("checkpoints");
        FileCheckpointLog log = new FileCheckpointLog(folder);
        assertThat(log.lines()).isEmpty();
        log.append("at=1 rows=1");
        new FileCheckpointLog(folder).append("at=2 rows=2"); // a restart appends, never truncates
        assertThat(log.lines()).containsExactly("at=1 rows=1", "at=2 rows=2");
        Path file = folder.resolve(FileCheckpointLog.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anEmptyConfiguredFolderMeansTheDefaultInTheDataDirectory() {
        assertThat(new AuditProperties(Path.of(""), null).checkpointDir(dir)).isEqualTo(dir.resolve("audit-checkpoints"));
        assertThat(new AuditProperties(null, null).checkpointInterval()).hasHours(1);
    }
}
