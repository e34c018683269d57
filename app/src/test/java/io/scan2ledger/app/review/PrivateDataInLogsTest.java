package io.scan2ledger.app.review;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full review session, then the application's log output (every event while it ran, and the log
 * file of the whole test run) is searched for every resident name and My Number the tests used.
 */
class PrivateDataInLogsTest extends ReviewApp {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Environment environment;
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeAll
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        captured.setContext(context);
        captured.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterAll
    void release() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    }

    @Test
    void aReviewSessionLogsNoNamesAndNoMyNumbers() throws IOException {
        Residents.Resident corrected = Residents.next();
        Residents.Resident rejected = Residents.next();
        Residents.Resident uploader = Residents.next();
        Map<String, String> first = Applications.childAllowance(corrected);
        first.put("postalCode", "1");
        first.put("myNumber", Residents.withWrongCheckDigit(corrected.myNumber()));
        List<Long> ids = applications(first, Applications.needsALook(rejected));
        String newName = Residents.next().name();

        Browser b = browser();
        b.signIn(corrected.name(), "a-guess");
        b.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.open("/review/" + ids.get(0));
        WebElement reveal = b.find("#reveal-f-myNumber");
        reveal.click();
        b.leaves(reveal);
        correct(b, "f-myNumber", corrected.myNumber());
        correct(b, "f-postalCode", "123-4567");
        correct(b, "f-name", newName);
        WebElement list = b.find("#field-list");
        b.keys(Keys.chord(Keys.ALT, "a"));
        b.leaves(list);
        assertThat(state(ids.get(0))).isEqualTo("APPROVED");

        b.open("/review/" + ids.get(1));
        b.keys(Keys.chord(Keys.ALT, "r"));
        b.find("#reason").sendKeys("本人確認書類なし " + rejected.name() + " " + rejected.myNumber());
        WebElement reason = b.find("#reason");
        b.keys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        b.leaves(reason);
        assertThat(state(ids.get(1))).isEqualTo("REJECTED");

        // Clerks often name a scan after the resident: the file name is personal data too.
        Path named = Files.createTempDirectory("s2l-named-").resolve(uploader.name().replace(" ", "") + "_児童手当.pdf");
        Files.write(named, io.scan2ledger.app.TestScans.pdf(named.toString()));
        b.open("/upload");
        new Select(b.find("#channel")).selectByValue("kodomo");
        b.find("#file").sendKeys(named.toString());
        WebElement submit = b.find("#upload-submit");
        submit.click();
        b.leaves(submit);
        assertThat(b.find("#upload-result").getAttribute("data-outcome")).isEqualTo("RECEIVED");
        http.postJson("/api/documents/" + ids.get(1) + "/fields/name", SUPERVISOR, SUPERVISOR_PASSWORD,
                Map.of("value", rejected.name()));
        document(ids.get(0), SUPERVISOR, SUPERVISOR_PASSWORD);

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(captured.list)) {
            if (e.getLoggerName().startsWith("org.openqa")) {
                continue; // the test's own browser driver, not the application
            }
            lines.add(e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
        }
        assertThat(lines).as("the session was logged at all").anyMatch(l -> l.contains("document="));
        Path file = Path.of(environment.getProperty("logging.file.name",
                HOME.resolve("logs/scan2ledger.json").toString()));
        assertThat(file).as("the application's log file").isNotEmptyFile();
        lines.addAll(decoded(file));

        Set<String> secrets = Residents.secrets();
        assertThat(secrets).contains(corrected.myNumber(), rejected.name(), newName);
        for (String line : lines) {
            for (String secret : secrets) {
                assertThat(line).as("a log line names a resident's data").doesNotContain(secret);
            }
        }
    }

    /** Types a correction and waits for the re-validation to answer. */
    private static void correct(Browser b, String inputId, String value) {
        WebElement input = b.find("#" + inputId);
        input.clear();
        input.sendKeys(value, Keys.ENTER);
        b.until(d -> !inputId.equals(b.focused()) && String.valueOf(b.text("#notice")).contains("再検証しました"));
    }

    /** The log file's lines, with each JSON line's strings decoded (so escaped Japanese is searched too). */
    private static List<String> decoded(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(line);
            try {
                JsonNode node = JSON.readTree(line);
                out.add(node.toString());
                node.findValuesAsText("message").forEach(out::add);
                collect(node, out);
            } catch (IOException notJson) {
                // a plain line was added as it is
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collect(child, out));
    }
}
