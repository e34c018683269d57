package io.scan2ledger.persistence;

import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

public class JdbcReadingRepository implements ReadingRepository {

    private final JdbcClient jdbc;

    public JdbcReadingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void replacePages(long documentId, List<PageRead> pages) {
        jdbc.sql("DELETE FROM document_page WHERE document_id = ?").param(documentId).update();
        for (PageRead p : pages) {
            jdbc.sql("""
                    INSERT INTO document_page (document_id, page_no, width_px, height_px, dpi, form_id, marks_found,
                        residual_mm, rotation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(documentId, p.page(), p.widthPx(), p.heightPx(), p.dpi(), p.formId(), p.marksFound(),
                            Double.isNaN(p.residualMm()) ? null : p.residualMm(), p.rotation())
                    .update();
        }
    }

    @Override
    public List<PageRead> pages(long documentId) {
        return jdbc.sql("SELECT * FROM document_page WHERE document_id = ? ORDER BY page_no").param(documentId)
                .query((rs, n) -> {
                    double residual = rs.getDouble("residual_mm");
                    return new PageRead(rs.getInt("page_no"), rs.getInt("width_px"), rs.getInt("height_px"),
                            rs.getDouble("dpi"), rs.getString("form_id"), rs.getInt("marks_found"),
                            rs.wasNull() ? Double.NaN : residual, rs.getInt("rotation"));
                }).list();
    }

    @Override
    public void replaceFields(long documentId, List<DocumentField> fields) {
        jdbc.sql("DELETE FROM document_field WHERE document_id = ?").param(documentId).update();
        int position = 0;
        for (DocumentField f : fields) {
            insert(documentId, position++, f);
        }
    }

    private void insert(long documentId, int position, DocumentField f) {
        Box b = f.box();
        jdbc.sql("""
                INSERT INTO document_field (document_id, position, name, field_type, raw_text, field_value, confidence,
                    page_no, box_x, box_y, box_w, box_h, read_method, problems, corrected_by, corrected_at, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, position, f.name(), f.type(), clip(f.rawText()), clip(f.value()), Double.isNaN(f.confidence()) ? 0 : f.confidence(),
                        f.page(), b == null ? null : b.x(), b == null ? null : b.y(), b == null ? null : b.w(),
                        b == null ? null : b.h(), f.method().name(), ProblemCodec.encode(f.problems()),
                        f.correctedBy(), Jdbc.ts(f.correctedAt()), EvidenceCodec.encode(f.evidence()))
                .update();
    }

    @Override
    public List<DocumentField> fields(long documentId) {
        return jdbc.sql("SELECT * FROM document_field WHERE document_id = ? ORDER BY position").param(documentId)
                .query((rs, n) -> {
                    int bx = rs.getInt("box_x");
                    Box box = rs.wasNull() ? null
                            : new Box(bx, rs.getInt("box_y"), rs.getInt("box_w"), rs.getInt("box_h"));
                    return new DocumentField(rs.getString("name"), rs.getString("field_type"),
                            nz(rs.getString("raw_text")), nz(rs.getString("field_value")), rs.getDouble("confidence"),
                            rs.getInt("page_no"), box, ReadMethod.valueOf(rs.getString("read_method")),
                            ProblemCodec.decode(rs.getString("problems")), rs.getString("corrected_by"),
                            Jdbc.instant(rs, "corrected_at"), EvidenceCodec.decode(rs.getString("evidence")));
                }).list();
    }

    @Override
    public void replaceNotes(long documentId, List<Problem> notes) {
        jdbc.sql("DELETE FROM document_note WHERE document_id = ?").param(documentId).update();
        int position = 0;
        for (Problem p : notes) {
            jdbc.sql("INSERT INTO document_note (document_id, position, severity, code, message_ja, message_en)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(documentId, position++, p.severity().name(), p.code(), p.ja(), p.en()).update();
        }
    }

    @Override
    public List<Problem> notes(long documentId) {
        return jdbc.sql("SELECT * FROM document_note WHERE document_id = ? ORDER BY position").param(documentId)
                .query((rs, n) -> new Problem(rs.getString("code"), Problem.Severity.valueOf(rs.getString("severity")),
                        rs.getString("message_ja"), rs.getString("message_en"))).list();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Problems in one text column: a line per problem, fields separated by tabs. */
    static final class ProblemCodec {
        private ProblemCodec() {
        }

        static String encode(List<Problem> problems) {
            if (problems.isEmpty()) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (Problem p : problems) {
                out.append(p.severity().name()).append('\t').append(esc(p.code())).append('\t').append(esc(p.ja()))
                        .append('\t').append(esc(p.en())).append('\n');
            }
            return out.length() > 4000 ? out.substring(0, out.lastIndexOf("\n", 3999) + 1) : out.toString();
        }

        static List<Problem> decode(String text) {
            List<Problem> out = new ArrayList<>();
            if (text == null) {
                return out;
            }
            for (String line : text.split("\n")) {
                String[] parts = line.split("\t", -1);
                if (parts.length == 4) {
                    out.add(new Problem(unesc(parts[1]), Problem.Severity.valueOf(parts[0]), unesc(parts[2]),
                            unesc(parts[3])));
                }
            }
            return out;
        }

        static String esc(String s) {
            return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }

        static String unesc(String s) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
