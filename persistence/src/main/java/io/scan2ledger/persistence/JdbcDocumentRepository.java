package io.scan2ledger.persistence;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.Source;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.intake.InboxFolders;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public class JdbcDocumentRepository implements DocumentRepository {

    private static final String COLUMNS = "id, sha256, state, channel, source, original_name, media_type, size_bytes,"
            + " page_count, received_at, updated_at, duplicate_of, quarantine_code, form_id, dv_protected, installation_id";

    static final RowMapper<Document> MAPPER = (rs, n) -> new Document(
            rs.getLong("id"), rs.getString("sha256"), DocumentState.valueOf(rs.getString("state")),
            rs.getString("channel"), Source.valueOf(rs.getString("source")), rs.getString("original_name"),
            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getInt("page_count"),
            Jdbc.instant(rs, "received_at"), Jdbc.instant(rs, "updated_at"),
            (Long) rs.getObject("duplicate_of", Long.class), rs.getString("quarantine_code"),
            rs.getString("form_id"), rs.getBoolean("dv_protected"),
            rs.getString("installation_id") == null ? null : new InstallationId(rs.getString("installation_id")));

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcDocumentRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Document insert(NewDocument d) {
        return insert(d, null);
    }

    @Override
    public Document insert(NewDocument d, String batchSha256) {
        boolean original = d.state() != DocumentState.DUPLICATE && d.state() != DocumentState.QUARANTINED;
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (sha256, original_sha256, state, channel, source, original_name, media_type,
                    size_bytes, page_count, received_at, updated_at, duplicate_of, quarantine_code, intake_pending,
                    batch_sha256, installation_id)
                VALUES (:sha, :orig, :state, :channel, :source, :name, :media, :size, :pages, :at, :at, :dup,
                    :qcode, :pending, :batch, (SELECT installation_id FROM installation WHERE id = 1))""")
                .param("sha", d.sha256())
                .param("orig", original ? d.sha256() : null)
                .param("state", d.state().name())
                .param("channel", d.channel())
                .param("source", d.source().name())
                .param("name", d.originalName())
                .param("media", d.mediaType())
                .param("size", d.sizeBytes())
                .param("pages", d.pageCount())
                .param("at", Jdbc.ts(d.receivedAt()))
                .param("dup", d.duplicateOf())
                .param("qcode", d.quarantineCode())
                .param("pending", d.intakePending())
                .param("batch", batchSha256)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Document> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = ?").param(id).query(MAPPER).optional();
    }

    @Override
    public List<Document> findPendingIntakes() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE intake_pending = TRUE ORDER BY id").query(MAPPER)
                .list();
    }

    @Override
    public Optional<Document> findPendingIntake(String channel, String originalName, String sha256) {
        String shaClause = sha256 == null ? "sha256 IS NULL" : "sha256 = :sha";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE intake_pending = TRUE AND channel = :channel"
                        + " AND original_name = :name AND " + shaClause + " ORDER BY id")
                .param("channel", channel)
                .param("name", InboxFolders.safeFileName(originalName));
        if (sha256 != null) {
            spec = spec.param("sha", sha256);
        }
        return spec.query(MAPPER).list().stream().findFirst();
    }

    @Override
    public List<Document> findPendingBatch(String channel, String originalName, String batchSha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE intake_pending = TRUE AND channel = ?"
                        + " AND original_name = ? AND batch_sha256 = ? ORDER BY id")
                .params(channel, InboxFolders.safeFileName(originalName), batchSha256).query(MAPPER).list();
    }

    @Override
    public Optional<Document> findOriginalBySha(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE original_sha256 = ?")
                .param(sha256).query(MAPPER).optional();
    }

    @Override
    public void markLeftInbox(long id, String movedTo) {
        jdbc.sql("UPDATE document SET intake_pending = FALSE, moved_to = ?, updated_at = ? WHERE id = ?")
                .params(movedTo, Jdbc.ts(clock.instant()), id).update();
    }

    @Override
    public boolean compareAndSetState(long id, DocumentState from, DocumentState to) {
        return jdbc.sql("UPDATE document SET state = ?, updated_at = ? WHERE id = ? AND state = ?")
                .params(to.name(), Jdbc.ts(clock.instant()), id, from.name()).update() == 1;
    }

    @Override
    public void setForm(long id, String formId, Integer formVersion) {
        jdbc.sql("UPDATE document SET form_id = ?, form_version = ?, updated_at = ? WHERE id = ?")
                .params(formId, formVersion, Jdbc.ts(clock.instant()), id).update();
    }

    @Override
    public void setDvProtected(long id, boolean dvProtected) {
        jdbc.sql("UPDATE document SET dv_protected = ?, updated_at = ? WHERE id = ?")
                .params(dvProtected, Jdbc.ts(clock.instant()), id).update();
    }

    @Override
    public void setQuarantineCode(long id, String code) {
        jdbc.sql("UPDATE document SET quarantine_code = ?, updated_at = ? WHERE id = ?")
                .params(code, Jdbc.ts(clock.instant()), id).update();
    }

    @Override
    public List<String> purgeableOriginals(Instant receivedBefore) {
        return jdbc.sql("""
                SELECT sha256 FROM document WHERE sha256 IS NOT NULL
                GROUP BY sha256
                HAVING MAX(received_at) < ? AND COUNT(original_purged_at) < COUNT(*)
                   AND SUM(CASE WHEN state IN ('KEYED', 'REJECTED', 'QUARANTINED', 'DUPLICATE') THEN 0 ELSE 1 END) = 0
                ORDER BY MIN(id)""").param(Jdbc.ts(receivedBefore)).query(String.class).list();
    }

    @Override
    public List<Long> markOriginalPurged(String sha256, Instant at) {
        List<Long> ids = jdbc.sql("SELECT id FROM document WHERE sha256 = ? AND original_purged_at IS NULL ORDER BY id")
                .param(sha256).query(Long.class).list();
        jdbc.sql("UPDATE document SET original_purged_at = ? WHERE sha256 = ? AND original_purged_at IS NULL")
                .params(Jdbc.ts(at), sha256).update();
        return ids;
    }

    @Override
    public List<String> originalsOnRecord() {
        // batch_sha256: the export file an online application came in is stored too, beside each record's bytes.
        return jdbc.sql("SELECT sha256 FROM document WHERE sha256 IS NOT NULL AND original_purged_at IS NULL"
                + " UNION SELECT batch_sha256 FROM document WHERE batch_sha256 IS NOT NULL AND original_purged_at IS NULL"
                + " ORDER BY 1").query(String.class).list();
    }

    @Override
    public List<Document> holdingOriginal(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE sha256 = ? OR batch_sha256 = ? ORDER BY id")
                .params(sha256, sha256).query(MAPPER).list();
    }

    @Override
    public List<Document> search(DocumentQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM document WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.state().ifPresent(s -> {
            sql.append(" AND state = ?");
            params.add(s.name());
        });
        if (!q.channels().isEmpty()) {
            sql.append(" AND channel IN (").append(String.join(", ", q.channels().stream().map(c -> "?").toList()))
                    .append(")");
            params.addAll(q.channels());
        }
        if (!q.includeDvProtected()) {
            sql.append(" AND dv_protected = FALSE");
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    }

    @Override
    public List<Long> findIdsInStates(Collection<DocumentState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM document WHERE state IN (:states) ORDER BY id")
                .param("states", states.stream().map(Enum::name).toList())
                .query(Long.class).list();
    }

    @Override
    public long countInState(DocumentState state) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE state = ?").param(state.name()).query(Long.class).single();
    }
}
