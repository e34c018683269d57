package io.scan2ledger.bots.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One thing a bot does on a screen. In YAML each step is a one-key map, the key being its kind:
 * {@code - open: /login.do}, {@code - fill: {target: txtShimei, value: "${name}"}},
 * {@code - click: btnKakunin}, {@code - waitFor: {screen: JT020}}. Each kind is a record whose
 * first component is what it acts on.
 */
public sealed interface Step {

    /** The step's kind and what it acts on, for logs and failure reasons; never a value. */
    default String describe() {
        String kind = getClass().getSimpleName();
        return Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + " " + RecordParts.first((Record) this);
    }

    /** The parts of this step of a type: its elements (Locator), values (Expression), conditions. */
    default <T> List<T> parts(Class<T> type) {
        return RecordParts.of((Record) this, type);
    }

    /** The steps with the steps inside {@link When}s, in order: what checks and counts walk. */
    static List<Step> flatten(List<Step> steps) {
        return steps.stream().flatMap(s -> s instanceof When w ? Stream.concat(Stream.of(s), flatten(w.steps()).stream())
                : Stream.of(s)).toList();
    }

    /** Steps that put a value into the page; consecutive ones in SCRIPT mode go in one script call. */
    sealed interface Input extends Step {
        /** Null: the definition's default. */
        InputMode input();
    }

    /** Steps that only read the page; consecutive ones share one script call. */
    sealed interface Read extends Step {
        Locator target();
    }

    /** Loads {@code baseUrl + path} (also the way back to a clean state). */
    record Open(Expression path) implements Step {
    }

    /**
     * Reads the page at {@code baseUrl + path} in the background, over the same login, without
     * leaving the screen: the reads and waits that follow look at it until the next open, input or
     * click. For a server-rendered page (no script runs on it); about one HTTP request, where an
     * {@code open} also renders the page.
     */
    record Fetch(Expression path) implements Step {
    }

    record Fill(Locator target, Expression value, InputMode input) implements Input {
    }

    /** Chooses an option by its value, or by its visible text when {@code byText}. */
    record Select(Locator target, Expression value, boolean byText, InputMode input) implements Input {
    }

    /** Ticks a check box, or clears it when {@code checked} evaluates to false, 0, off, no or empty. */
    record Check(Locator target, Expression checked, InputMode input) implements Input {
    }

    /** Chooses the radio button of a group (the name its buttons share) whose value is {@code value}. */
    record Radio(Locator group, Expression value, InputMode input) implements Input {
    }

    /**
     * A click: in SCRIPT mode the element's own click() (its handlers and the form submit run as
     * for a user), in KEYS mode a WebDriver click with real mouse events. When it
     * {@code navigates}, the step ends once the old page is gone.
     */
    record Click(Locator target, boolean navigates, InputMode input) implements Step {
    }

    /** Waits (null timeout: the definition's step timeout) until the condition holds. */
    record WaitFor(Condition condition, Duration timeout) implements Step {
    }

    /** The element's text must equal or contain the value: how a confirmation screen is checked. */
    record AssertText(Locator target, Expression equals, Expression contains) implements Read {
    }

    /** Puts the element's text into a variable; it must match {@code pattern} when one is given. */
    record ReadValue(Locator target, String into, Pattern pattern) implements Read {
    }

    /**
     * Runs its steps only when a value passes a test, e.g. a phone number box filled only when the
     * form has one: {@code - when: {value: "${phone}", notEmpty: true, steps: [...]}}.
     */
    record When(ValueTest test, List<Step> steps) implements Step {

        public When {
            steps = List.copyOf(steps);
        }

        /** The test's parts; the inner steps are walked through {@link Step#flatten}. */
        @Override
        public <T> List<T> parts(Class<T> type) {
            return RecordParts.of(test, type);
        }
    }

    /** Saves a PNG of the screen into the evidence folder (owner-only; screens hold personal data). */
    record Screenshot(String name) implements Step {
    }
}
