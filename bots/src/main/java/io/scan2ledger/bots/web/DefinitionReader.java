package io.scan2ledger.bots.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scan2ledger.bots.web.BotDefinition.Detectors;
import io.scan2ledger.bots.web.BotDefinition.Find;
import io.scan2ledger.bots.web.BotDefinition.MessageCode;
import io.scan2ledger.bots.web.BotDefinition.Messages;
import io.scan2ledger.bots.web.BotDefinition.ReadBack;
import io.scan2ledger.bots.web.BotDefinition.Target;
import io.scan2ledger.bots.web.BotDefinition.Timeouts;
import io.scan2ledger.bots.web.BotDefinition.ValueRead;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads a bot definition strictly: an unknown key, a missing one, a bad expression, filter,
 * pattern or duration, a code table that does not exist, a literal password — each fails with
 * {@code file: yaml.path: problem}, e.g. {@code jidou-teate-web.yaml: key[4].fill.value: unknown filter 'eraa'}.
 */
final class DefinitionReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final String source;

    private DefinitionReader(String source) {
        this.source = source;
    }

    static BotDefinition read(String source, InputStream in) {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new DefinitionException(source + ": not YAML: " + e.getMessage(), e);
        }
        DefinitionReader reader = new DefinitionReader(source);
        return reader.definition(reader.node(root, "(top)"));
    }

    private BotDefinition definition(Node root) {
        root.only("id", "title", "form", "target", "timeouts", "retry", "input", "screen", "detect", "messages",
                "codes", "login", "find", "key", "confirm", "readBack", "logout");
        Map<String, Map<String, String>> codes = codes(root.optional("codes"));
        BotDefinition d = new BotDefinition(root.get("id").text(), root.get("title").text(), root.get("form").text(),
                target(root.get("target")), timeouts(root.get("timeouts")), retry(root.get("retry")),
                inputMode(root.get("input")), locator(root.get("screen")), detectors(root.get("detect")),
                messages(root.get("messages")), codes, steps(root.get("login")), find(root.get("find")),
                steps(root.get("key")), steps(root.get("confirm")), readBack(root.get("readBack")),
                root.optional("logout") == null ? List.of() : steps(root.get("logout")));
        checkCodeTables(root, codes);
        return d;
    }

    private Target target(Node n) {
        n.only("baseUrl", "user", "password");
        Target t = new Target(n.get("baseUrl").text(), n.get("user").text(), n.get("password").text());
        for (String key : List.of("user", "password")) {
            if (!Target.isPlaceholder(n.get(key).text())) {
                throw n.get(key).problem("must be a ${PLACEHOLDER} resolved from configuration, never a literal");
            }
        }
        return t;
    }

    private Timeouts timeouts(Node n) {
        n.only("step", "pageLoad");
        return new Timeouts(duration(n.get("step")), duration(n.get("pageLoad")));
    }

    private RetryPolicy retry(Node n) {
        n.only("attempts", "backoff", "multiplier", "maxBackoff", "retryAfter");
        try {
            return new RetryPolicy(n.get("attempts").integer(), duration(n.get("backoff")),
                    n.optional("multiplier") == null ? 2.0 : n.get("multiplier").number(),
                    duration(n.get("maxBackoff")), duration(n.get("retryAfter")));
        } catch (IllegalArgumentException e) {
            throw n.problem(e.getMessage());
        }
    }

    private InputMode inputMode(Node n) {
        String word = n.text();
        return Stream.of(InputMode.values()).filter(m -> m.name().equalsIgnoreCase(word)).findFirst()
                .orElseThrow(() -> n.problem("must be script or keys"));
    }

    private Detectors detectors(Node n) {
        n.only("sessionExpired", "systemError", "refused");
        return new Detectors(condition(n.get("sessionExpired")), condition(n.get("systemError")),
                condition(n.get("refused")));
    }

    private Messages messages(Node n) {
        n.only("target", "codes");
        List<MessageCode> codes = new ArrayList<>();
        for (Node c : n.get("codes").items()) {
            c.only("code", "pattern");
            codes.add(new MessageCode(c.get("code").text(), pattern(c.get("pattern"))));
        }
        return new Messages(locator(n.get("target")), codes);
    }

    private Map<String, Map<String, String>> codes(Node n) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        if (n != null) {
            n.fields().forEach((name, table) -> {
                Map<String, String> codes = new LinkedHashMap<>();
                table.fields().forEach((value, code) -> codes.put(value, code.text()));
                tables.put(name, Map.copyOf(codes));
            });
        }
        return tables;
    }

    private Find find(Node n) {
        n.only("steps", "present", "absent", "ledgerRef");
        return new Find(steps(n.get("steps")), condition(n.get("present")), condition(n.get("absent")),
                valueRead(n.get("ledgerRef")));
    }

    private ReadBack readBack(Node n) {
        n.only("steps", "ledgerRef");
        return new ReadBack(n.optional("steps") == null ? List.of() : steps(n.get("steps")),
                valueRead(n.get("ledgerRef")));
    }

    private ValueRead valueRead(Node n) {
        n.only("target", "pattern");
        return new ValueRead(locator(n.get("target")), n.optional("pattern") == null ? null : pattern(n.get("pattern")));
    }

    private List<Step> steps(Node n) {
        List<Node> items = n.items();
        if (items.isEmpty()) {
            throw n.problem("needs at least one step");
        }
        return items.stream().map(this::step).toList();
    }

    private Step step(Node n) {
        Map<String, Node> entries = n.fields();
        if (entries.size() != 1) {
            throw n.problem("a step is a map with one key, its kind (open, fill, select, check, radio, click,"
                    + " waitFor, assertText, readValue, screenshot)");
        }
        Map.Entry<String, Node> only = entries.entrySet().iterator().next();
        Node s = only.getValue();
        return switch (only.getKey()) {
            case "open" -> new Step.Open(expression(s));
            case "fill" -> {
                s.only("target", "value", "input");
                yield new Step.Fill(locator(s.get("target")), expression(s.get("value")), stepInput(s));
            }
            case "select" -> {
                s.only("target", "value", "text", "input");
                boolean byText = s.optional("text") != null;
                if (byText == (s.optional("value") != null)) {
                    throw s.problem("give either value (the option's value) or text (its visible text)");
                }
                yield new Step.Select(locator(s.get("target")), expression(s.get(byText ? "text" : "value")), byText,
                        stepInput(s));
            }
            case "check" -> s.isText() ? new Step.Check(locator(s), Expression.literal("true"), null) : check(s);
            case "radio" -> {
                s.only("group", "value", "input");
                yield new Step.Radio(new Locator(Locator.Kind.NAME, s.get("group").text()), expression(s.get("value")),
                        stepInput(s));
            }
            case "click" -> {
                if (s.isText()) {
                    yield new Step.Click(locator(s), true, null);
                }
                s.only("target", "navigates", "input");
                yield new Step.Click(locator(s.get("target")),
                        s.optional("navigates") == null || s.get("navigates").bool(), stepInput(s));
            }
            case "waitFor" -> new Step.WaitFor(condition(s, "timeout"),
                    s.optional("timeout") == null ? null : duration(s.get("timeout")));
            case "assertText" -> {
                s.only("target", "equals", "contains");
                if ((s.optional("equals") == null) == (s.optional("contains") == null)) {
                    throw s.problem("give either equals or contains");
                }
                yield new Step.AssertText(locator(s.get("target")), optionalExpression(s, "equals"),
                        optionalExpression(s, "contains"));
            }
            case "readValue" -> {
                s.only("target", "into", "pattern");
                String into = s.get("into").text();
                if (!into.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw s.get("into").problem("a variable name is a plain word");
                }
                yield new Step.ReadValue(locator(s.get("target")), into,
                        s.optional("pattern") == null ? null : pattern(s.get("pattern")));
            }
            case "screenshot" -> {
                String name = s.text();
                if (!name.matches("[A-Za-z0-9_-]{1,40}")) {
                    throw s.problem("a screenshot name is letters, digits, - and _ (it goes into a file name)");
                }
                yield new Step.Screenshot(name);
            }
            default -> throw n.problem("unknown step kind '" + only.getKey() + "'");
        };
    }

    private Step.Check check(Node s) {
        s.only("target", "checked", "input");
        return new Step.Check(locator(s.get("target")),
                s.optional("checked") == null ? Expression.literal("true") : expression(s.get("checked")), stepInput(s));
    }

    private InputMode stepInput(Node s) {
        return s.optional("input") == null ? null : inputMode(s.get("input"));
    }

    private Condition condition(Node n, String... moreKeys) {
        List<String> keys = new ArrayList<>(List.of("screen", "element", "target", "equals", "contains", "url"));
        keys.addAll(List.of(moreKeys));
        n.only(keys.toArray(String[]::new));
        try {
            return new Condition(optionalText(n, "screen"),
                    n.optional("element") == null ? null : locator(n.get("element")),
                    n.optional("target") == null ? null : locator(n.get("target")),
                    optionalExpression(n, "equals"), optionalExpression(n, "contains"), optionalText(n, "url"));
        } catch (IllegalArgumentException e) {
            throw n.problem(e.getMessage());
        }
    }

    private static String optionalText(Node n, String key) {
        return n.optional(key) == null ? null : n.get(key).text();
    }

    private Expression optionalExpression(Node n, String key) {
        return n.optional(key) == null ? null : expression(n.get(key));
    }

    private Expression expression(Node n) {
        try {
            return Expression.parse(n.text());
        } catch (IllegalArgumentException e) {
            throw n.problem(e.getMessage());
        }
    }

    private Locator locator(Node n) {
        try {
            return Locator.parse(n.text());
        } catch (IllegalArgumentException e) {
            throw n.problem(e.getMessage());
        }
    }

    private Pattern pattern(Node n) {
        try {
            return Pattern.compile(n.text());
        } catch (PatternSyntaxException e) {
            throw n.problem("not a regular expression: " + e.getDescription());
        }
    }

    private Duration duration(Node n) {
        String text = n.text().trim();
        Matcher m = DURATION.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw n.problem("not a duration (500ms, 10s, 2m, 1h)");
        }
    }

    /** Every |era and |code:table names a table under codes. */
    private void checkCodeTables(Node root, Map<String, Map<String, String>> codes) {
        walk(root.json(), "", (path, text) -> {
            if (text.contains("${")) {
                try {
                    for (String table : Expression.parse(text).codeTables()) {
                        if (!codes.containsKey(table)) {
                            throw new DefinitionException(source + ": " + path + ": no code table '" + table
                                    + "' under codes");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // not an expression field (target placeholders); those were checked where read
                }
            }
        });
    }

    private static void walk(JsonNode json, String path, BiConsumer<String, String> visit) {
        if (json.isTextual()) {
            visit.accept(path, json.asText());
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                walk(json.get(i), path + "[" + i + "]", visit);
            }
        } else if (json.isObject()) {
            json.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), visit));
        }
    }

    private Node node(JsonNode json, String path) {
        return new Node(json, path);
    }

    /** A YAML node with its path, for errors that say where. */
    private final class Node {

        private final JsonNode json;
        private final String path;

        Node(JsonNode json, String path) {
            this.json = json;
            this.path = path;
        }

        JsonNode json() {
            return json;
        }

        DefinitionException problem(String message) {
            return new DefinitionException(source + ": " + path + ": " + message);
        }

        Node get(String key) {
            Node n = optional(key);
            if (n == null) {
                throw problem("missing '" + key + "'");
            }
            return n;
        }

        Node optional(String key) {
            if (!json.isObject()) {
                throw problem("must be a map");
            }
            JsonNode child = json.get(key);
            return child == null || child.isNull() ? null : new Node(child, child(key));
        }

        private String child(String key) {
            return path.equals("(top)") ? key : path + "." + key;
        }

        void only(String... keys) {
            if (!json.isObject()) {
                throw problem("must be a map");
            }
            Set<String> allowed = Set.of(keys);
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw problem("unknown key '" + name + "'; allowed: " + String.join(", ", keys));
                }
            }
        }

        boolean isText() {
            return json.isValueNode();
        }

        String text() {
            if (!json.isValueNode()) {
                throw problem("must be a single value");
            }
            return json.asText();
        }

        int integer() {
            return scalar(JsonNode::canConvertToInt, JsonNode::asInt, "a whole number");
        }

        double number() {
            return scalar(JsonNode::isNumber, JsonNode::asDouble, "a number");
        }

        boolean bool() {
            return scalar(JsonNode::isBoolean, JsonNode::asBoolean, "true or false");
        }

        private <T> T scalar(Predicate<JsonNode> fits, Function<JsonNode, T> read, String expected) {
            if (!fits.test(json)) {
                throw problem("must be " + expected);
            }
            return read.apply(json);
        }

        List<Node> items() {
            if (!json.isArray()) {
                throw problem("must be a list");
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                items.add(new Node(json.get(i), path + "[" + i + "]"));
            }
            return items;
        }

        Map<String, Node> fields() {
            if (!json.isObject()) {
                throw problem("must be a map");
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            json.fields().forEachRemaining(e -> fields.put(e.getKey(), new Node(e.getValue(), child(e.getKey()))));
            return fields;
        }
    }
}
