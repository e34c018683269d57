package io.scan2ledger.templates;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One YAML mapping of a template, read strictly: a key the reader does not expect, a missing
 * required key or a value of the wrong kind is an error naming the file and the YAML path.
 */
final class YamlMap {

    private final String file;
    private final String path;
    private final JsonNode node;

    YamlMap(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error("", "must be a mapping (key: value)");
        }
    }

    String path() {
        return path;
    }

    TemplateException error(String key, String problem) {
        return new TemplateException(file, join(key), problem);
    }

    /** Fails on the first key that is not one of {@code allowed} (a typo would otherwise be ignored). */
    YamlMap allowOnly(Set<String> allowed) {
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                throw error(key, "unknown key (allowed here: " + String.join(", ", allowed.stream().sorted().toList())
                        + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    String text(String key) {
        String value = optText(key);
        if (value == null || value.isBlank()) {
            throw error(key, has(key) ? "must not be empty" : "missing (required)");
        }
        return value;
    }

    String optText(String key) {
        return optScalar(key, JsonNode::isValueNode, JsonNode::asText, "a single value, not a list or mapping");
    }

    double number(String key) {
        return present(key, optNumber(key));
    }

    Double optNumber(String key) {
        return optScalar(key, JsonNode::isNumber, JsonNode::asDouble, "a number");
    }

    int integer(String key) {
        return present(key, optInteger(key));
    }

    Integer optInteger(String key) {
        return optScalar(key, JsonNode::isIntegralNumber, JsonNode::asInt, "a whole number");
    }

    boolean bool(String key, boolean fallback) {
        Boolean value = optScalar(key, JsonNode::isBoolean, JsonNode::asBoolean, "true or false");
        return value == null ? fallback : value;
    }

    /** The value under {@code key}, null when absent; a value of the wrong kind is an error. */
    private <T> T optScalar(String key, Predicate<JsonNode> isRightKind, Function<JsonNode, T> read, String kind) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!isRightKind.test(value)) {
            throw error(key, "must be " + kind + (value.isValueNode() ? ", not '" + value.asText() + "'" : ""));
        }
        return read.apply(value);
    }

    private <T> T present(String key, T value) {
        if (value == null) {
            throw error(key, "missing (required)");
        }
        return value;
    }

    YamlMap map(String key) {
        if (!has(key)) {
            throw error(key, "missing (required)");
        }
        return new YamlMap(file, join(key), node.get(key));
    }

    YamlMap optMap(String key) {
        return has(key) ? map(key) : null;
    }

    /** A list of mappings, each read by {@code reader}; an absent key is an empty list. */
    <T> List<T> maps(String key, Function<YamlMap, T> reader) {
        return items(key, reader, null);
    }

    /**
     * A list whose items are mappings, or plain values where {@code ifText} is given (a choice's
     * options may be written {@code [男, 女]}); an absent key is an empty list.
     */
    <T> List<T> items(String key, Function<YamlMap, T> ifMap, Function<String, T> ifText) {
        List<T> out = new ArrayList<>();
        JsonNode list = list(key);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemPath = join(key) + "[" + i + "]";
            if (ifText != null && item.isValueNode() && !item.asText().isBlank()) {
                out.add(ifText.apply(item.asText()));
            } else {
                out.add(ifMap.apply(new YamlMap(file, itemPath, item)));
            }
        }
        return out;
    }

    /** A list of plain strings; an absent key is an empty list. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        JsonNode list = list(key);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw new TemplateException(file, join(key) + "[" + i + "]", "must be a non-empty text");
            }
            out.add(item.asText());
        }
        return out;
    }

    private JsonNode list(String key) {
        if (!has(key)) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        JsonNode list = node.get(key);
        if (!list.isArray()) {
            throw error(key, "must be a list");
        }
        return list;
    }

    private String join(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }
}
