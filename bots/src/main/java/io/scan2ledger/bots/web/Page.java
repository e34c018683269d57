package io.scan2ledger.bots.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The screen in the browser, as the step runner uses it. Reading goes through one script call
 * for any number of elements ({@link #snapshot}); so does filling in SCRIPT mode ({@link #fill}):
 * each WebDriver command is a round trip to ChromeDriver, and an old screen has dozens of boxes.
 */
final class Page {

    /** How often a wait looks again (WebDriverWait's default of 500 ms wastes most of a screen's time). */
    static final Duration POLLING = Duration.ofMillis(20);

    private static final String FIND = """
            const find = (k, v, d = document) => k === 'id' ? d.getElementById(v)
                : k === 'name' ? (d.getElementsByName(v)[0] || null) : d.querySelector(v);
            """;

    /** Reads look at the page a fetch step read ({@code __s2lDoc}) until the next fill, click or open. */
    private static final String SNAPSHOT = FIND + """
            const d = window.__s2lDoc || document;
            const text = e => !e ? null
                : (e.tagName === 'INPUT' || e.tagName === 'SELECT' || e.tagName === 'TEXTAREA') ? e.value
                : e.innerText !== undefined && d === document ? e.innerText : e.textContent;
            const count = (k, v) => k === 'id' ? (d.getElementById(v) ? 1 : 0)
                : k === 'name' ? d.getElementsByName(v).length : d.querySelectorAll(v).length;
            return [window.__s2lDocUrl || location.href, arguments[0].map(x => text(find(x[0], x[1], d))),
                arguments[1].map(x => count(x[0], x[1]))];
            """;

    /**
     * Reads a page over the browser's own session without showing it: GET, decoded in the charset
     * the server names (Content-Type, else the page's meta), parsed but never rendered, no scripts run.
     */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(bytes => {
              const named = /charset=["']?([\\w-]+)/i;
              const header = named.exec(r.headers.get('content-type') || '');
              const meta = named.exec(new TextDecoder('latin1').decode(bytes.slice(0, 2048)));
              const html = new TextDecoder((header || meta || [null, 'utf-8'])[1]).decode(bytes);
              window.__s2lDoc = new DOMParser().parseFromString(html, 'text/html');
              window.__s2lDocUrl = r.url;
              done(r.status);
            })).catch(e => done('the fetch failed: ' + e));
            """;

    private static final String FORGET_FETCHED = "window.__s2lDoc = null; window.__s2lDocUrl = null;";

    /** Sets values as typing would (focus, input, change, blur), refusing what typing would cut. */
    private static final String FILL = FIND + FORGET_FETCHED + """
            const fire = (e, type) => e.dispatchEvent(new Event(type, {bubbles: type !== 'focus' && type !== 'blur'}));
            const ops = arguments[0];
            for (let i = 0; i < ops.length; i++) {
              const [op, k, s, v] = ops[i];
              if (op === 'radio') {
                if (v === '') continue;
                const group = Array.from(document.getElementsByName(s));
                if (group.length === 0) return [i, 'missing', 'not on the page'];
                const r = group.find(x => x.value === v);
                if (!r) return [i, 'refused', 'no such choice'];
                if (!r.checked) r.click();
                continue;
              }
              const e = find(k, s);
              if (!e) return [i, 'missing', 'not on the page'];
              if (e.disabled || e.readOnly) return [i, 'refused', 'not editable'];
              if (op === 'check') { if (e.checked !== (v === 'true')) e.click(); continue; }
              fire(e, 'focus');
              if (op === 'fill') {
                if (e.maxLength > 0 && v.length > e.maxLength)
                  return [i, 'refused', 'value longer than the box (maxlength ' + e.maxLength + ')'];
                e.value = v;
              } else {
                const o = Array.from(e.options).find(x => op === 'select' ? x.value === v : x.text.trim() === v);
                if (!o) return [i, 'refused', 'no such option'];
                e.value = o.value;
              }
              fire(e, 'input'); fire(e, 'change'); fire(e, 'blur');
            }
            return null;
            """;

    /**
     * Clicks after the script returns (a click that navigates would otherwise cut the script's answer
     * off), marking the page so that the new one can be told from it.
     */
    private static final String CLICK = FIND + FORGET_FETCHED + """
            const e = find(arguments[0], arguments[1]);
            if (!e) return false;
            if (arguments[2]) window.__s2lLeaving = true;
            setTimeout(() => e.click(), 0);
            return true;
            """;

    private static final String LEAVING = "return window.__s2lLeaving === true;";

    /** One input for {@link #fill}: op is fill, select, selectText, check or radio (target = the group name). */
    record Input(String op, Locator target, String value) {

        List<String> script() {
            return List.of(op, target.scriptKind(), target.value(), value);
        }
    }

    /** Why {@link #fill} stopped: {@code missing} (the page is not the one expected) or {@code refused}. */
    record FillProblem(int index, boolean missing, String problem) {
    }

    private final WebDriver driver;
    /** A fetch step's page may be what reads look at (the browser forgets it on any navigation). */
    private boolean fetched;

    Page(WebDriver driver) {
        this.driver = driver;
    }

    void open(String url) {
        fetched = false;
        driver.get(url);
    }

    /** Reads the page at {@code url} without leaving the current one; reads look at it until the next input or click. */
    void fetch(String url) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(FETCH, url);
        if (!(status instanceof Number)) {
            throw new WebDriverException(String.valueOf(status));
        }
        fetched = true;
    }

    Snapshot snapshot(Collection<Locator> locators) {
        return snapshot(locators, List.of());
    }

    /** The texts of {@code locators} and the number of elements each of {@code counted} matches, in one call. */
    Snapshot snapshot(Collection<Locator> locators, Collection<Locator> counted) {
        List<Locator> asked = new ArrayList<>(new LinkedHashSet<>(locators));
        List<Locator> toCount = new ArrayList<>(new LinkedHashSet<>(counted));
        List<?> result = (List<?>) script(SNAPSHOT, query(asked), query(toCount));
        List<?> texts = (List<?>) result.get(1);
        Map<Locator, String> byLocator = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            byLocator.put(asked.get(i), (String) texts.get(i));
        }
        List<?> numbers = (List<?>) result.get(2);
        Map<Locator, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < toCount.size(); i++) {
            counts.put(toCount.get(i), ((Number) numbers.get(i)).intValue());
        }
        return new Snapshot((String) result.get(0), byLocator, counts);
    }

    private static List<List<String>> query(List<Locator> locators) {
        return locators.stream().map(l -> List.of(l.scriptKind(), l.value())).toList();
    }

    /** Null when every input was set; else the first that could not be. */
    FillProblem fill(List<Input> inputs) {
        List<?> problem = (List<?>) script(FILL, (Object) inputs.stream().map(Input::script).toList());
        return problem == null ? null
                : new FillProblem(((Number) problem.get(0)).intValue(), "missing".equals(problem.get(1)),
                        (String) problem.get(2));
    }

    /** Real key events, element by element (InputMode.KEYS). */
    void type(Input input) {
        forgetFetched();
        switch (input.op()) {
            case "fill" -> {
                WebElement e = driver.findElement(input.target().by());
                e.clear();
                if (!input.value().isEmpty()) {
                    e.sendKeys(input.value());
                }
            }
            case "select" -> new Select(driver.findElement(input.target().by())).selectByValue(input.value());
            case "selectText" -> new Select(driver.findElement(input.target().by())).selectByVisibleText(input.value());
            case "check" -> {
                WebElement e = driver.findElement(input.target().by());
                if (e.isSelected() != "true".equals(input.value())) {
                    e.click();
                }
            }
            case "radio" -> {
                if (!input.value().isEmpty()) {
                    driver.findElements(By.name(input.target().value())).stream()
                            .filter(r -> input.value().equals(r.getDomAttribute("value"))).findFirst()
                            .orElseThrow(() -> new NoSuchElementException("no such choice")).click();
                }
            }
            default -> throw new IllegalArgumentException(input.op());
        }
    }

    /** The element's click() (SCRIPT); when it navigates, returns once the old page is gone. */
    void click(Locator target, boolean navigates, Duration timeout) {
        fetched = false; // the click script forgets it
        if (!Boolean.TRUE.equals(script(CLICK, target.scriptKind(), target.value(), navigates))) {
            throw new NoSuchElementException("not on the page: " + target);
        }
        if (navigates) {
            new WebDriverWait(driver, timeout, POLLING).ignoring(JavascriptException.class)
                    .until(d -> !Boolean.TRUE.equals(script(LEAVING)));
        }
    }

    /** A WebDriver click with real mouse events (KEYS); when it navigates, returns once the old page is gone. */
    void press(Locator target, boolean navigates, Duration timeout) {
        forgetFetched();
        WebElement e = driver.findElement(target.by());
        e.click();
        if (navigates) {
            new WebDriverWait(driver, timeout, POLLING).until(d -> gone(e));
        }
    }

    /**
     * Whether the element's page has been replaced. ChromeDriver 156 answers a question about an
     * element of a replaced page with "Node with given id does not belong to the document" rather
     * than a stale element error; either means the old page is gone.
     */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    byte[] screenshot() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    /** The page's HTML: the one a fetch step read if reads look at it, else the browser's. */
    String html() {
        if (fetched) {
            Object html = script("return window.__s2lDoc ? window.__s2lDoc.documentElement.outerHTML : null;");
            if (html instanceof String fetchedHtml) {
                return fetchedHtml;
            }
        }
        return driver.getPageSource();
    }

    private void forgetFetched() {
        if (fetched) {
            script(FORGET_FETCHED);
            fetched = false;
        }
    }

    private Object script(String body, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(body, arguments);
    }
}
