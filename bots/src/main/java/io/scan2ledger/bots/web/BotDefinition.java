package io.scan2ledger.bots.web;

import java.time.Duration;
import java.util.LinkedHashMap;
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
 * @param verify    what the ledger holds compared with the record: after keying, and when the key is found
 * @param logout    best effort when the session closes (may be empty)
 * @param fieldUses every record field an expression names, with where (file and YAML path)
 */
public record BotDefinition(String id, String title, String form, Target target, Timeouts timeouts,
                            RetryPolicy retry, InputMode input, Locator screen, Detectors detect, Messages messages,
                            Map<String, Map<String, String>> codes, List<Step> login, Find find, List<Step> key,
                            List<Step> confirm, ReadBack readBack, Verify verify, List<Step> logout,
                            List<FieldUse> fieldUses) {

    public BotDefinition {
        Objects.requireNonNull(id, "id");
        codes = Map.copyOf(codes);
        login = List.copyOf(login);
        key = List.copyOf(key);
        confirm = List.copyOf(confirm);
        logout = List.copyOf(logout);
        fieldUses = List.copyOf(fieldUses);
    }

    /**
     * The ledger's address, login and named variables ({@code vars}: a server, a database), as
     * written: each may be {@code ${NAME}} or {@code ${NAME:-default}}, resolved by
     * {@link WebBotSettings}; the password must be a placeholder. Steps name them {@code ${target.NAME}}.
     */
    public record Target(String baseUrl, String user, String password, Map<String, String> vars) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)(?::-([^}]*))?}");

        public Target {
            vars = Map.copyOf(vars);
        }

        /** Resolves the placeholders; a missing one without a default is an error naming it. */
        LedgerTarget resolve(Function<String, String> config) {
            Map<String, String> resolved = new LinkedHashMap<>();
            vars.forEach((name, text) -> resolved.put(name, fill("vars." + name, text, config)));
            return new LedgerTarget(stripSlash(fill("baseUrl", baseUrl, config)), fill("user", user, config),
                    fill("password", password, config), resolved);
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

    /**
     * What the ledger holds, compared with the record: {@code steps} open the entry
     * ({@code ${ledgerRef}}) and compare each stored item with {@code assertText}. Every comparison
     * runs (not stop-at-first); both sides first go through {@code normalise} (e.g. trim, width).
     */
    public record Verify(List<Filter> normalise, List<Step> steps) {

        public Verify {
            normalise = List.copyOf(normalise);
            steps = List.copyOf(steps);
        }

        static Verify none() {
            return new Verify(List.of(), List.of());
        }
    }

    /** A record field named by an expression, and where: {@code jumin-ido-web.yaml: key[19].fill.value}. */
    public record FieldUse(String where, String name) {
    }

    /** Every step of the definition, in the order the phases run, the steps inside {@code when}s included. */
    public List<Step> steps() {
        return Step.flatten(Stream.of(login, find.steps(), key, confirm, readBack.steps(), verify.steps(), logout)
                .flatMap(List::stream).toList());
    }

    /**
     * The record fields the definition reads, as written ({@code birthDate}, {@code children[0].name},
     * {@code children[*].name}): to check a definition against its form's template. Leaves out the
     * record key, the document id, {@code ledgerRef}, the target's names and the variables readValue steps set.
     */
    public Set<String> fieldReferences() {
        return fieldUses.stream().map(FieldUse::name).collect(Collectors.toCollection(TreeSet::new));
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
        conditions().stream().map(Condition.Shows::screen).filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    /** Every simple condition: the detectors', the search's and the waits'. */
    private List<Condition.Shows> conditions() {
        return Stream.concat(
                Stream.of(detect.sessionExpired(), detect.systemError(), detect.refused(),
                        find.present(), find.absent()),
                steps().stream().flatMap(s -> s.parts(Condition.class).stream()))
                .flatMap(c -> c.simple().stream()).toList();
    }

    public BotDefinition withRetry(RetryPolicy newRetry) {
        return new BotDefinition(id, title, form, target, timeouts, newRetry, input, screen, detect, messages, codes,
                login, find, key, confirm, readBack, verify, logout, fieldUses);
    }

    public BotDefinition withTimeouts(Timeouts newTimeouts) {
        return new BotDefinition(id, title, form, target, newTimeouts, retry, input, screen, detect, messages, codes,
                login, find, key, confirm, readBack, verify, logout, fieldUses);
    }

    public BotDefinition withInput(InputMode newInput) {
        return new BotDefinition(id, title, form, target, timeouts, retry, newInput, screen, detect, messages, codes,
                login, find, key, confirm, readBack, verify, logout, fieldUses);
    }

    /** The same bot with other verify steps; {@link Verify#none()} only to measure what verification costs. */
    BotDefinition withVerify(Verify newVerify) {
        return new BotDefinition(id, title, form, target, timeouts, retry, input, screen, detect, messages, codes,
                login, find, key, confirm, readBack, newVerify, logout, fieldUses);
    }
}
