package io.scan2ledger.bots.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A web bot as data: which ledger screens it drives and how, read from a YAML file in
 * {@code bots/ledgers/} (see bots/README.md for the schema). Adding a bot for another screen
 * needs a new file, no Java.
 *
 * @param id        stable bot id, as in configuration and on keying records
 * @param title     for people (the ledger's name)
 * @param form      the template id whose records it keys
 * @param target    base URL and credentials, as {@code ${PLACEHOLDER}}s resolved from configuration
 * @param input     default way of filling inputs (a step may say otherwise)
 * @param screen    the element where every screen shows its id
 * @param detect    what session expiry, a system error and a refusal look like
 * @param messages  where the ledger's messages are, and their codes for the run report
 * @param codes     code tables for filters ({@code era}, {@code code:name})
 * @param login     from a fresh browser to the logged-in menu
 * @param find      the search by key before each record (and after a failure of unknown outcome)
 * @param key       from the input screen to the confirmation screen, checked
 * @param confirm   the final submit (skipped in a dry run)
 * @param readBack  where the new ledger number appears
 * @param logout    best effort when the session closes (may be empty)
 */
public record BotDefinition(String id, String title, String form, Target target, Timeouts timeouts,
                            RetryPolicy retry, InputMode input, Locator screen, Detectors detect, Messages messages,
                            Map<String, Map<String, String>> codes, List<Step> login, Find find, List<Step> key,
                            List<Step> confirm, ReadBack readBack, List<Step> logout) {

    public BotDefinition {
        Objects.requireNonNull(id, "id");
        codes = Map.copyOf(codes);
        login = List.copyOf(login);
        key = List.copyOf(key);
        confirm = List.copyOf(confirm);
        logout = List.copyOf(logout);
    }

    /**
     * The ledger's address and login, as written: each may be {@code ${NAME}} or
     * {@code ${NAME:-default}}, resolved by {@link WebBotSettings}; the password must be a placeholder.
     */
    public record Target(String baseUrl, String user, String password) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)(?::-([^}]*))?}");

        /** Resolves the placeholders; a missing one without a default is an error naming it. */
        LedgerTarget resolve(Function<String, String> config) {
            return new LedgerTarget(stripSlash(fill("baseUrl", baseUrl, config)), fill("user", user, config),
                    fill("password", password, config));
        }

        static boolean isPlaceholder(String text) {
            return text != null && PLACEHOLDER.matcher(text.trim()).matches();
        }

        private static String fill(String what, String text, Function<String, String> config) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = config.apply(m.group(1));
                if (value == null || value.isEmpty()) {
                    value = m.group(2);
                }
                if (value == null) {
                    throw new IllegalArgumentException("target." + what + ": " + m.group(1) + " is not set");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static String stripSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /**
     * @param step     the longest wait for one screen or element (waitFor, a click's navigation)
     * @param pageLoad the longest a page may take to load (open, a submit)
     */
    public record Timeouts(Duration step, Duration pageLoad) {
    }

    /**
     * Checked, in this order, whenever a step fails or a wait sees something other than expected.
     *
     * @param sessionExpired the login screen came back: log in again, restart the record
     * @param systemError    an error page: transient, retried
     * @param refused        the ledger's error messages: the values are refused, not retried
     */
    public record Detectors(Condition sessionExpired, Condition systemError, Condition refused) {
    }

    /**
     * @param target where the ledger's messages are, one a line
     * @param codes  how a message becomes a code for the run report; a named group {@code item} may
     *               capture the screen item's label (never a value). Unknown messages give {@code UNKNOWN}.
     */
    public record Messages(Locator target, List<MessageCode> codes) {

        public Messages {
            codes = List.copyOf(codes);
        }

        /** {@code KANA(氏名フリガナ)}, {@code DUPLICATE}, {@code UNKNOWN}: codes and labels, never values. */
        List<String> classify(List<String> lines) {
            return lines.stream().map(this::classify).toList();
        }

        private String classify(String line) {
            String message = line.startsWith("・") ? line.substring(1).trim() : line;
            for (MessageCode c : codes) {
                Matcher m = c.pattern().matcher(message);
                if (m.find()) {
                    String item = c.pattern().pattern().contains("(?<item>") ? m.group("item") : null;
                    return item == null ? c.code() : c.code() + "(" + item + ")";
                }
            }
            return "UNKNOWN";
        }
    }

    public record MessageCode(String code, Pattern pattern) {
    }

    /**
     * The search by key. After {@code steps}, the page says {@code present} (then {@code ledgerRef}
     * is the existing entry) or {@code absent}; anything else (two hits) fails the record.
     */
    public record Find(List<Step> steps, Condition present, Condition absent, ValueRead ledgerRef) {

        public Find {
            steps = List.copyOf(steps);
        }
    }

    /** After the final submit: {@code steps} (checks), then the ledger number from {@code ledgerRef}. */
    public record ReadBack(List<Step> steps, ValueRead ledgerRef) {

        public ReadBack {
            steps = List.copyOf(steps);
        }
    }

    /** An element's text, which must match {@code pattern} (null: anything not empty). */
    public record ValueRead(Locator target, Pattern pattern) {
    }

    /** Every step of the definition, in the order the phases run. */
    public List<Step> steps() {
        return Stream.of(login, find.steps(), key, confirm, readBack.steps(), logout)
                .flatMap(List::stream).toList();
    }

    /**
     * The record fields the definition reads, as written ({@code birthDate}, {@code children[0].name},
     * {@code children[*].name}): to check a definition against its form's template. Leaves out the
     * record key, the document id, the target's credentials and the variables readValue steps set.
     */
    public Set<String> fieldReferences() {
        Set<String> variables = steps().stream().filter(Step.ReadValue.class::isInstance)
                .map(s -> ((Step.ReadValue) s).into()).collect(Collectors.toSet());
        Set<String> names = new TreeSet<>();
        expressions().forEach(e -> names.addAll(e.references()));
        names.removeAll(Set.of(Scope.KEY, Scope.DOCUMENT_ID, Scope.USER, Scope.PASSWORD));
        names.removeAll(variables);
        return names;
    }

    /** The screen ids, element ids and element names the definition relies on (not CSS selectors). */
    public Set<String> screenNames() {
        Set<String> names = new TreeSet<>();
        Stream.of(List.of(screen, messages.target(), find.ledgerRef().target(),
                        readBack.ledgerRef().target()),
                        steps().stream().flatMap(s -> s.parts(Locator.class).stream()).toList(),
                        conditions().stream().flatMap(c -> RecordParts.of(c, Locator.class).stream()).toList())
                .flatMap(List::stream)
                .filter(l -> l.kind() != Locator.Kind.CSS)
                .forEach(l -> names.add(l.value()));
        conditions().stream().map(Condition::screen).filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    private List<Condition> conditions() {
        return Stream.concat(
                Stream.of(detect.sessionExpired(), detect.systemError(), detect.refused(),
                        find.present(), find.absent()),
                steps().stream().flatMap(s -> s.parts(Condition.class).stream())).toList();
    }

    private List<Expression> expressions() {
        return Stream.concat(steps().stream().flatMap(s -> s.parts(Expression.class).stream()),
                conditions().stream().flatMap(c -> RecordParts.of(c, Expression.class).stream())).toList();
    }

    public BotDefinition withRetry(RetryPolicy newRetry) {
        return new BotDefinition(id, title, form, target, timeouts, newRetry, input, screen, detect, messages, codes,
                login, find, key, confirm, readBack, logout);
    }

    public BotDefinition withTimeouts(Timeouts newTimeouts) {
        return new BotDefinition(id, title, form, target, newTimeouts, retry, input, screen, detect, messages, codes,
                login, find, key, confirm, readBack, logout);
    }

    public BotDefinition withInput(InputMode newInput) {
        return new BotDefinition(id, title, form, target, timeouts, retry, newInput, screen, detect, messages, codes,
                login, find, key, confirm, readBack, logout);
    }
}
