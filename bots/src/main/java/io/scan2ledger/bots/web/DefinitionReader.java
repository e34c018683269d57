package io.scan2ledger.bots.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scan2ledger.bots.web.BotDefinition.Detectors;
import io.scan2ledger.bots.web.BotDefinition.FieldUse;
import io.scan2ledger.bots.web.BotDefinition.Find;
import io.scan2ledger.bots.web.BotDefinition.MessageCode;
import io.scan2ledger.bots.web.BotDefinition.Messages;
import io.scan2ledger.bots.web.BotDefinition.ReadBack;
import io.scan2ledger.bots.web.BotDefinition.Target;
import io.scan2ledger.bots.web.BotDefinition.Timeouts;
import io.scan2ledger.bots.web.BotDefinition.ValueRead;
import io.scan2ledger.bots.web.BotDefinition.Verify;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
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
 * pattern or duration, a code table that does not exist, a literal password, a name no step can
 * know — each fails with {@code file: yaml.path: problem}, e.g.
 * {@code jidou-teate-web.yaml: key[4].fill.value: unknown filter 'eraa'}. Names that are neither
 * the record's key, its document id, {@code ledgerRef} (verify only), a target name nor a
 * {@code readValue} variable set before are record fields: they are kept with their path, to be
 * checked against the form's template ({@link DefinitionCheck}).
 */
final class DefinitionReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final String VARIABLE = "[A-Za-z_][A-Za-z0-9_]*";

    /** The part being read, for the names its expressions may use. */
    private enum Section {
        /** Login and logout: no record, only the target and their own variables. */
        SESSION,
        /** Detectors: checked on every page, so they name no value at all. */
        DETECT,
        /** The phases of one record. */
        RECORD,
        /** Verify: a record phase that also knows ledgerRef. */
        VERIFY
    }

    private final String source;
    private final List<FieldUse> fieldUses = new ArrayList<>();
    private final Set<String> targetNames = new HashSet<>(Set.of("user", "password", "baseUrl"));
    private Section section = Section.SESSION;
    /** The readValue variables set so far in the steps that run before the ones being read. */
    private Set<String> variables = new HashSet<>();

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

    /** Reads the parts in the order they run, so that a variable is known only after the step that sets it. */
    private BotDefinition definition(Node root) {
        root.only("id", "title", "form", "target", "timeouts", "retry", "input", "screen", "detect", "messages",
                "codes", "login", "find", "key", "confirm", "readBack", "verify", "logout");
        Map<String, Map<String, String>> codes = codes(root.optional("codes"));
        Target target = target(root.get("target"));
        section = Section.DETECT;
        Detectors detect = detectors(root.get("detect"));
        List<Step> login = session(root.get("login"));
        List<Step> logout = root.optional("logout") == null ? List.of() : session(root.get("logout"));
        section = Section.RECORD;
        variables = new HashSet<>();
        Find find = find(root.get("find"));
        Set<String> afterFind = Set.copyOf(variables);
        List<Step> key = steps(root.get("key"));
        List<Step> confirm = steps(root.get("confirm"));
        ReadBack readBack = readBack(root.get("readBack"));
        // Verify runs after the final submit and also right after a search that found the key.
        section = Section.VERIFY;
        variables = new HashSet<>(afterFind);
        Verify verify = verify(root.get("verify"));
        BotDefinition d = new BotDefinition(root.get("id").text(), root.get("title").text(), root.get("form").text(),
                target, timeouts(root.get("timeouts")), retry(root.get("retry")), inputMode(root.get("input")),
                locator(root.get("screen")), detect, messages(root.get("messages")), codes, login, find, key, confirm,
                readBack, verify, logout, fieldUses);
        checkCodeTables(root, codes);
        return d;
    }

    /** Login or logout: steps of their own, knowing no record. */
    private List<Step> session(Node n) {
        section = Section.SESSION;
        variables = new HashSet<>();
        return steps(n);
    }

    private Target target(Node n) {
        n.only("baseUrl", "user", "password", "vars");
        Map<String, String> vars = new LinkedHashMap<>();
        if (n.optional("vars") != null) {
            n.get("vars").fields().forEach((name, value) -> {
                if (!name.matches(VARIABLE) || targetNames.contains(name)) {
                    throw value.problem("a target variable is a plain word other than user, password and baseUrl");
                }
                vars.put(name, value.text());
            });
        }
        targetNames.addAll(vars.keySet());
        Target t = new Target(n.get("baseUrl").text(), n.get("user").text(), n.get("password").text(), vars);
        for (String key : List.of("user", "password")) {
            if (!Target.isPlaceholder(n.get(key).text())) {
                throw n.get(key).problem("must be a ${PLACEHOLDER} resolved from configuration, never a literal");
            }
        }
        return t;
    }

    private Verify verify(Node n) {
        n.only("normalise", "steps");
        List<Filter> normalise = new ArrayList<>();
        if (n.optional("normalise") != null) {
            for (Node f : n.get("normalise").items()) {
                try {
                    Filter filter = Filter.parse(f.text());
                    if (!Set.of(Filter.Kind.TRIM, Filter.Kind.WIDTH, Filter.Kind.DIGITS, Filter.Kind.REPLACE)
                            .contains(filter.kind())) {
                        throw f.problem("normalise with trim, width, digits or replace: both sides are any text");
                    }
                    normalise.add(filter);
                } catch (IllegalArgumentException e) {
                    throw f.problem(e.getMessage());
                }
            }
        }
        List<Step> steps = steps(n.get("steps"));
        if (Step.flatten(steps).stream().noneMatch(Step.AssertText.class::isInstance)) {
            throw n.get("steps").problem("verify compares the stored items: it needs assertText steps");
        }
        return new Verify(normalise, steps);
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
            throw n.problem("a step is a map with one key, its kind (open, fetch, fill, select, check, radio, click,"
                    + " waitFor, assertText, readValue, screenshot, when)");
        }
        Map.Entry<String, Node> only = entries.entrySet().iterator().next();
        Node s = only.getValue();
        return switch (only.getKey()) {
            case "open" -> new Step.Open(expression(s));
            case "fetch" -> new Step.Fetch(expression(s));
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
            case "when" -> {
                s.only("value", "notEmpty", "equals", "matches", "steps");
                ValueTest test;
                try {
                    test = new ValueTest(expression(s.get("value")),
                            s.optional("notEmpty") == null ? null : s.get("notEmpty").bool(),
                            optionalExpression(s, "equals"),
                            s.optional("matches") == null ? null : pattern(s.get("matches")));
                } catch (IllegalArgumentException e) {
                    throw s.problem(e.getMessage());
                }
                // Variables its steps set may stay unset: they are not known after it.
                Set<String> before = new HashSet<>(variables);
                List<Step> inner = steps(s.get("steps"));
                variables = before;
                yield new Step.When(test, inner);
            }
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
                if (!into.matches(VARIABLE) || Set.of(Scope.KEY, Scope.DOCUMENT_ID, Scope.LEDGER_REF).contains(into)) {
                    throw s.get("into").problem("a variable name is a plain word other than key, documentId, ledgerRef");
                }
                variables.add(into);
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

    /**
     * {@code {screen, element, target + equals|contains|count, url}}, or one of {@code anyOf: [...]},
     * {@code allOf: [...]}, {@code not: {...}} ({@code moreKeys}: what the step adds, e.g. timeout).
     */
    private Condition condition(Node n, String... moreKeys) {
        for (String combining : List.of("anyOf", "allOf", "not")) {
            if (n.optional(combining) != null) {
                List<String> keys = new ArrayList<>(List.of(combining));
                keys.addAll(List.of(moreKeys));
                n.only(keys.toArray(String[]::new));
                Node inner = n.get(combining);
                try {
                    return switch (combining) {
                        case "anyOf" -> Condition.anyOf(inner.items().stream().map(c -> condition(c)).toList());
                        case "allOf" -> Condition.allOf(inner.items().stream().map(c -> condition(c)).toList());
                        default -> new Condition.Not(condition(inner));
                    };
                } catch (IllegalArgumentException e) {
                    throw inner.problem(e.getMessage());
                }
            }
        }
        List<String> keys = new ArrayList<>(List.of("screen", "element", "target", "equals", "contains", "count", "url"));
        keys.addAll(List.of(moreKeys));
        n.only(keys.toArray(String[]::new));
        try {
            return new Condition.Shows(optionalText(n, "screen"),
                    n.optional("element") == null ? null : locator(n.get("element")),
                    n.optional("target") == null ? null : locator(n.get("target")),
                    optionalExpression(n, "equals"), optionalExpression(n, "contains"), optionalText(n, "url"),
                    n.optional("count") == null ? null : n.get("count").integer());
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
        Expression e;
        try {
            e = Expression.parse(n.text());
        } catch (IllegalArgumentException problem) {
            throw n.problem(problem.getMessage());
        }
        for (String name : e.references()) {
            known(n, name);
        }
        return e;
    }

    /** Whether the part being read can know this name; record fields are kept for the template check. */
    private void known(Node n, String name) {
        if (section == Section.DETECT) {
            throw n.problem("detectors are checked on every page and name no values: '${" + name + "}'");
        }
        if (name.startsWith(Scope.TARGET)) {
            if (!targetNames.contains(name.substring(Scope.TARGET.length()))) {
                throw n.problem("'${" + name + "}': the target has no '" + name.substring(Scope.TARGET.length())
                        + "' (user, password, baseUrl, or a name under target.vars)");
            }
            return;
        }
        if (variables.contains(name)) {
            return;
        }
        if (name.equals(Scope.LEDGER_REF) && section != Section.VERIFY) {
            throw n.problem("'${ledgerRef}' is known only in verify steps");
        }
        if (section == Section.SESSION) {
            throw n.problem("'${" + name + "}': login and logout steps know only target names and the variables"
                    + " their own readValue steps set before");
        }
        if (!Set.of(Scope.KEY, Scope.DOCUMENT_ID, Scope.LEDGER_REF).contains(name)) {
            fieldUses.add(new FieldUse(source + ": " + n.path, name));
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
