package io.scan2ledger.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scan2ledger.intake.ApplicationRecords;
import io.scan2ledger.intake.QuarantineReason.Code;
import io.scan2ledger.intake.UnreadableApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online-form exports: JSON (an array of objects, or one object) or CSV with a header row (RFC 4180:
 * quoted fields, doubled quotes, line breaks inside quotes). CSV may be UTF-8 (with or without a
 * BOM) or Shift_JIS, as Japanese Excel saves it: strict UTF-8 is tried first, then Windows-31J.
 */
public class CsvJsonApplicationRecords implements ApplicationRecords {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<Map<String, String>> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = decode(bytes);
        String trimmed = text.stripLeading();
        return trimmed.startsWith("[") || trimmed.startsWith("{") ? json(trimmed) : csv(text);
    }

    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException neither) {
                throw new UnreadableApplication(Code.UNREADABLE_ENCODING, "neither UTF-8 nor Shift_JIS text / 文字コードを判別できません");
            }
        }
    }

    private static List<Map<String, String>> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new UnreadableApplication(Code.BAD_JSON, "not valid JSON / JSON として読めません");
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (root.isObject()) {
            out.add(flat(root));
        } else if (root.isArray()) {
            for (JsonNode node : root) {
                if (!node.isObject()) {
                    throw new UnreadableApplication(Code.BAD_JSON, "JSON array items must be objects / 配列の要素がオブジェクトではありません");
                }
                out.add(flat(node));
            }
        } else {
            throw new UnreadableApplication(Code.BAD_JSON, "JSON must be an object or an array / JSON の形式が違います");
        }
        return out;
    }

    private static Map<String, String> flat(JsonNode object) {
        Map<String, String> row = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                throw new UnreadableApplication(Code.BAD_JSON, "nested value in '" + e.getKey() + "' / 入れ子の値は使えません");
            }
            row.put(e.getKey(), v.isNull() ? "" : v.asText());
        });
        return row;
    }

    static List<Map<String, String>> csv(String text) {
        List<List<String>> rows = parseCsv(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new UnreadableApplication(Code.BAD_CSV, "line " + (i + 1) + " has " + cells.size() + " columns, the header "
                        + header.size() + " / 列の数がヘッダーと違います");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).strip(), cells.get(c));
            }
            out.add(row);
        }
        return out;
    }

    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableApplication(Code.BAD_CSV, "a quoted value is never closed / 引用符が閉じていません");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
