package io.scan2ledger.templates.samples.procedural;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a template tree as YAML in the bundled templates' hand-written style, so a generated
 * template.yaml reads like theirs: fields and tables as blocks, every small mapping (a zone, a
 * layout item, a mark, an option) on one line: {@code zone: {x: 53, y: 47, w: 51, h: 10}}.
 */
final class TemplateYaml {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text YAML reads back as the same text without quotes: no indicator, number or boolean look-alike. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s:#{}\\[\\],&*!|>'\"%@`\\\\?-][^:#{}\\[\\],&*!|>'\"%@`\\\\\\n]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+.0-9eE]+|(?i)(true|false|yes|no|on|off|null|y|n|~)");

    private TemplateYaml() {
    }

    static String write(Map<String, Object> tree) {
        StringBuilder out = new StringBuilder();
        block(tree, "", "", out);
        return out.toString();
    }

    /** A mapping whose keys start at {@code indent}; the first key's line begins with {@code firstLine}. */
    private static void block(Map<?, ?> map, String indent, String firstLine, StringBuilder out) {
        String prefix = firstLine;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(prefix).append(e.getKey()).append(':');
            prefix = indent;
            Object value = e.getValue();
            if (value instanceof List<?> list && !isFlow(list)) {
                out.append('\n');
                for (Object item : list) {
                    if (isFlow(item)) {
                        out.append(indent).append("  - ").append(flow(item)).append('\n');
                    } else {
                        block((Map<?, ?>) item, indent + "    ", indent + "  - ", out);
                    }
                }
            } else if (value instanceof Map<?, ?> nested && !isFlow(nested)) {
                out.append('\n');
                block(nested, indent + "  ", indent + "  ", out);
            } else {
                out.append(' ').append(flow(value)).append('\n');
            }
        }
    }

    /** Fields and anything holding a list of mappings are blocks; everything smaller fits a line. */
    private static boolean isFlow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return !map.containsKey("type") && map.values().stream().allMatch(TemplateYaml::isFlow);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> !(v instanceof Map<?, ?> || v instanceof List<?>));
        }
        return true;
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TemplateYaml::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
        }
        if (value instanceof String s) {
            return PLAIN.matcher(s).matches() && !s.endsWith(" ") && !LOOKS_TYPED.matcher(s).matches() ? s : quoted(s);
        }
        return String.valueOf(value);
    }

    /** A JSON string is a valid YAML double-quoted scalar. */
    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
