package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.bots.web.BotDefinition.Detectors;
import io.scan2ledger.support.Redact;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a definition's steps on the page. Consecutive SCRIPT inputs go to the page in one script
 * call, consecutive reads come back in one; every wait also watches for the definition's
 * detectors (login screen, error page, error messages), so a wait ends as soon as the page shows
 * something else than expected instead of running into its timeout.
 */
final class StepRunner {

    private static final Logger log = LoggerFactory.getLogger(StepRunner.class);

    /**
     * Where the steps run for: the phase and record, for logs; the record's values; its evidence;
     * and, for verify steps, where mismatches are collected instead of stopping the steps.
     */
    record Work(String phase, Scope scope, Evidence evidence, String where, Comparison comparison) {

        Work(String phase, Scope scope, Evidence evidence, String where) {
            this(phase, scope, evidence, where, null);
        }
    }

    /**
     * Verify steps compare every stored item, however many differ: each assertText that does not
     * hold adds its field (the first record field it names, else its element id), never a value.
     */
    static final class Comparison {

        private final List<Filter> normalise;
        private final Set<String> differ = new LinkedHashSet<>();

        Comparison(List<Filter> normalise) {
            this.normalise = normalise;
        }

        /** Both sides through the definition's normalisation (trim, width...). */
        String normalised(String text, Scope scope) throws RecordRefused {
            String out = text;
            for (Filter f : normalise) {
                out = f.apply("verify", out, scope);
            }
            return out;
        }

        void differs(String field) {
            differ.add(field);
        }

        List<String> fields() {
            return List.copyOf(differ);
        }
    }

    private final BotDefinition bot;
    private final Page page;
    private final LedgerTarget target;
    private final List<Locator> watched;
    private final List<Locator> watchedCounts;
    private final StepTrace trace;

    StepRunner(BotDefinition bot, Page page, LedgerTarget target, StepTrace trace) {
        this.bot = bot;
        this.page = page;
        this.target = target;
        this.trace = trace;
        Detectors d = bot.detect();
        this.watched = Stream.of(d.sessionExpired(), d.systemError(), d.refused())
                .flatMap(c -> c.locators(bot.screen()).stream())
                .collect(Collectors.toCollection(ArrayList::new));
        watched.add(bot.screen());
        watched.add(bot.messages().target());
        this.watchedCounts = Stream.of(d.sessionExpired(), d.systemError(), d.refused())
                .flatMap(c -> c.counted().stream()).toList();
    }

    void run(List<Step> steps, Work work) throws Interruption, RecordRefused {
        int i = 0;
        while (i < steps.size()) {
            int end = runLength(steps, i);
            List<Step> run = steps.subList(i, end);
            long start = System.nanoTime();
            try {
                if (run.get(0) instanceof Step.When when) {
                    if (when.test().holds(work.scope())) {
                        run(when.steps(), work);
                    }
                } else if (isScriptInput(run.get(0))) {
                    fill(run, work);
                } else if (run.get(0) instanceof Step.Read) {
                    read(run, work);
                } else {
                    single(run.get(0), work);
                }
            } catch (WebDriverException e) {
                throw interruption(describe(run), e);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            trace.step(work.phase(), describe(run), ms);
            if (log.isDebugEnabled()) {
                log.debug("ledger.web.step {} phase={} step={} ms={}", work.where(), work.phase(), describe(run), ms);
            }
            i = end;
        }
    }

    /** Looks at the page once: the definition's detectors and the elements asked for. */
    Snapshot look(List<Locator> locators) throws Interruption {
        return look(locators, List.of());
    }

    /** Looks at the page once: the detectors, the elements asked for and the number of elements of {@code counted}. */
    Snapshot look(List<Locator> locators, List<Locator> counted) throws Interruption {
        try {
            return snapshot(locators, counted);
        } catch (WebDriverException e) {
            throw interruption("look at the page", e);
        }
    }

    private Snapshot snapshot(List<Locator> locators, List<Locator> counted) {
        return page.snapshot(Stream.concat(locators.stream(), watched.stream()).toList(),
                Stream.concat(counted.stream(), watchedCounts.stream()).toList());
    }

    /** The detector the page matches (login screen, error page, error messages), or null. */
    Interruption detected(Snapshot s) {
        Detectors d = bot.detect();
        String screen = screenOf(s);
        if (networkError(s)) {
            return new Interruption.Transient("the browser shows its network error page", null);
        }
        if (d.sessionExpired().holds(s, bot.screen())) {
            return new Interruption.SessionExpired("the login screen came back (" + screen + ")");
        }
        if (d.systemError().holds(s, bot.screen())) {
            return new Interruption.Transient("error page " + screen + ": "
                    + String.join(", ", bot.messages().classify(s.lines(bot.messages().target()))), null);
        }
        if (d.refused().holds(s, bot.screen())) {
            return new Interruption.Refused(screen, bot.messages().classify(s.lines(bot.messages().target())));
        }
        return null;
    }

    /** Chromium's own page for a connection refused, a DNS failure, a reset... */
    private static boolean networkError(Snapshot s) {
        return s.url() != null && s.url().startsWith("chrome-error:");
    }

    String screenOf(Snapshot s) {
        String id = s.text(bot.screen());
        return networkError(s) ? "the network error page" : id == null || id.isEmpty() ? "an unknown screen" : id;
    }

    /** What a failed step ran into: a detector if the page shows one, else a transient failure. */
    Interruption interruption(String what, Throwable cause) {
        try {
            Snapshot s = snapshot(List.of(), List.of());
            Interruption seen = networkError(s) ? null : detected(s);
            return seen != null ? seen
                    : new Interruption.Transient(what + " failed on " + screenOf(s) + brief(cause), cause);
        } catch (WebDriverException again) {
            return new Interruption.Transient(what + " failed" + brief(cause), cause);
        }
    }

    private static String brief(Throwable cause) {
        if (cause == null) {
            return "";
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return ": " + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + Redact.text(message));
    }

    private void single(Step step, Work work) throws Interruption, RecordRefused {
        if (step instanceof Step.Open open) {
            page.open(target.url(open.path().evaluate(work.scope())));
        } else if (step instanceof Step.Fetch fetch) {
            page.fetch(target.url(fetch.path().evaluate(work.scope())));
        } else if (step instanceof Step.Click click) {
            if (mode(click.input()) == InputMode.SCRIPT) {
                page.click(click.target(), click.navigates(), bot.timeouts().step());
            } else {
                page.press(click.target(), click.navigates(), bot.timeouts().step());
            }
        } else if (step instanceof Step.WaitFor wait) {
            waitFor(wait, work.scope());
        } else if (step instanceof Step.Screenshot shot) {
            work.evidence().screenshot(shot.name(), page.screenshot());
        } else if (step instanceof Step.Input input) {
            page.type(input(input, work.scope()));
        }
    }

    private void waitFor(Step.WaitFor step, Scope scope) throws Interruption, RecordRefused {
        Condition expected = step.condition().resolve(scope);
        Duration timeout = step.timeout() == null ? bot.timeouts().step() : step.timeout();
        List<Locator> asked = expected.locators(bot.screen());
        List<Locator> counted = expected.counted();
        Snapshot seen;
        try {
            seen = new FluentWait<>(page).withTimeout(timeout).pollingEvery(Page.POLLING)
                    .ignoring(JavascriptException.class) // asked between one page's unload and the next one's load
                    .until(p -> {
                        Snapshot s = snapshot(asked, counted);
                        return expected.holds(s, bot.screen()) || detected(s) != null ? s : null;
                    });
        } catch (TimeoutException e) {
            throw interruption(step.describe() + " (timed out after " + timeout.toMillis() + " ms)", null);
        }
        if (!expected.holds(seen, bot.screen())) {
            throw detected(seen);
        }
    }

    private void fill(List<Step> run, Work work) throws Interruption, RecordRefused {
        List<Page.Input> inputs = new ArrayList<>();
        for (Step step : run) {
            inputs.add(input((Step.Input) step, work.scope()));
        }
        Page.FillProblem problem = page.fill(inputs);
        if (problem != null) {
            String what = run.get(problem.index()).describe();
            if (problem.missing()) {
                throw interruption(what + " (" + problem.problem() + ")", null);
            }
            throw new RecordRefused(what + ": " + problem.problem());
        }
    }

    private void read(List<Step> run, Work work) throws Interruption, RecordRefused {
        Snapshot s = look(run.stream().map(r -> ((Step.Read) r).target()).toList());
        Interruption seen = detected(s);
        if (seen != null) {
            throw seen;
        }
        for (Step step : run) {
            Step.Read read = (Step.Read) step;
            String text = s.text(read.target());
            if (read instanceof Step.AssertText a) {
                Expression expected = a.equals() != null ? a.equals() : a.contains();
                String want = Snapshot.normalise(expected.evaluate(work.scope()));
                Comparison comparison = work.comparison();
                if (comparison != null) {
                    want = comparison.normalised(want, work.scope());
                    text = text == null ? null : comparison.normalised(text, work.scope());
                }
                // A screen that lists only filled rows shows an empty value by leaving the element out.
                boolean shows = text == null ? want.isEmpty()
                        : a.equals() != null ? text.equals(want) : text.contains(want);
                if (!shows && comparison != null) {
                    comparison.differs(fieldOf(a));
                } else if (!shows) {
                    throw new RecordRefused(a.describe() + ": " + screenOf(s) + " does not show the value keyed");
                }
            } else if (read instanceof Step.ReadValue r) {
                if (text == null || (r.pattern() != null && !r.pattern().matcher(text).matches())) {
                    throw new Interruption.Transient(r.describe() + ": " + screenOf(s)
                            + (text == null ? " does not show it" : " shows something unexpected"), null);
                }
                work.scope().set(r.into(), text);
            }
        }
    }

    /** The record field an assertText compares (its first), else its element id: what a mismatch names. */
    private static String fieldOf(Step.AssertText a) {
        Expression expected = a.equals() != null ? a.equals() : a.contains();
        return expected.references().stream()
                .filter(n -> !n.startsWith(Scope.TARGET) && !n.equals(Scope.LEDGER_REF) && !n.equals(Scope.DOCUMENT_ID))
                .findFirst().orElse(a.target().toString());
    }

    private Page.Input input(Step.Input step, Scope scope) throws RecordRefused {
        if (step instanceof Step.Fill f) {
            return new Page.Input("fill", f.target(), f.value().evaluate(scope));
        }
        if (step instanceof Step.Select s) {
            return new Page.Input(s.byText() ? "selectText" : "select", s.target(), s.value().evaluate(scope));
        }
        if (step instanceof Step.Check c) {
            return new Page.Input("check", c.target(), Boolean.toString(truthy(c.checked().evaluate(scope))));
        }
        Step.Radio r = (Step.Radio) step;
        return new Page.Input("radio", r.group(), r.value().evaluate(scope));
    }

    private static boolean truthy(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return !(v.isEmpty() || v.equals("false") || v.equals("0") || v.equals("off") || v.equals("no"));
    }

    /** How many steps from {@code i} run together: a run of SCRIPT inputs, a run of reads, else one. */
    private int runLength(List<Step> steps, int i) {
        int end = i + 1;
        if (isScriptInput(steps.get(i))) {
            while (end < steps.size() && isScriptInput(steps.get(end))) {
                end++;
            }
        } else if (steps.get(i) instanceof Step.Read) {
            while (end < steps.size() && steps.get(end) instanceof Step.Read) {
                end++;
            }
        }
        return end;
    }

    private boolean isScriptInput(Step step) {
        return step instanceof Step.Input in && mode(in.input()) == InputMode.SCRIPT;
    }

    private InputMode mode(InputMode stepMode) {
        return stepMode == null ? bot.input() : stepMode;
    }

    private static String describe(List<Step> run) {
        return run.size() == 1 ? run.get(0).describe()
                : run.get(0).describe() + " … " + run.get(run.size() - 1).describe() + " (" + run.size() + " steps)";
    }
}
