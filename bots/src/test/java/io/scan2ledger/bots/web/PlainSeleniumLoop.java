package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.LedgerRecord;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The baseline for the benchmark: the 児童手当 keying as a hand-written Selenium script does it, with
 * the same steps as the bot: search before each record, fill the input screen, check every value on
 * the confirmation screen, register, read the ledger number back from the completion screen. It
 * types with sendKeys per field and clicks per button; it has no retries and saves no evidence.
 * The polling of its WebDriverWait is given: Selenium's default of 500 ms (as scripts are usually
 * written) or the bot's own.
 */
final class PlainSeleniumLoop implements AutoCloseable {

    private static final Map<String, String> ERA = Map.of("令和", "5", "平成", "4", "昭和", "3");

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    PlainSeleniumLoop(String baseUrl, Duration polling) throws IOException {
        this.baseUrl = baseUrl;
        Files.createDirectories(LedgerUnderTest.WORK);
        profile = Files.createTempDirectory(LedgerUnderTest.WORK, "plain-loop-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.pollingEvery(polling);
    }

    void login(String user, String password) {
        driver.get(baseUrl + "/login.do");
        driver.findElement(By.id("txtUserId")).sendKeys(user);
        driver.findElement(By.id("txtPassword")).sendKeys(password);
        driver.findElement(By.id("btnLogin")).click();
        wait.until(ExpectedConditions.textToBe(By.id("spnGamenId"), "CM020"));
    }

    /** Searches by key, keys the record if it is not there; returns the 台帳番号. */
    String key(LedgerRecord record) {
        Map<String, String> v = record.values();
        driver.get(baseUrl + "/search.do");
        new Select(driver.findElement(By.id("selDaicho"))).selectByValue("jidou-teate");
        driver.findElement(By.id("txtUketsukeNo")).sendKeys(record.key());
        driver.findElement(By.id("btnKensaku")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spnKensu")));
        if (driver.findElement(By.id("spnKensu")).getText().equals("1")) {
            return driver.findElement(By.id("tdDaichoNo1")).getText();
        }
        driver.get(baseUrl + "/jidou-teate/input.do");
        type("txtUketsukeNo", record.key());
        type("txtShimei", v.get("name"));
        type("txtShimeiKana", v.get("kana"));
        JapaneseDate born = JapaneseDate.from(LocalDate.parse(v.get("birthDate")));
        new Select(driver.findElement(By.id("selSeinengappiGengo"))).selectByValue(ERA.get(
                born.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN)));
        type("txtSeinengappiNen", Integer.toString(born.get(ChronoField.YEAR_OF_ERA)));
        type("txtSeinengappiTsuki", Integer.toString(born.get(ChronoField.MONTH_OF_YEAR)));
        type("txtSeinengappiHi", Integer.toString(born.get(ChronoField.DAY_OF_MONTH)));
        type("txtKojinBango", v.get("myNumber"));
        type("txtJusho", v.get("address"));
        type("txtKinyuKikanCd", v.get("bankCode"));
        type("txtShitenCd", v.get("branchCode"));
        new Select(driver.findElement(By.id("selYokinShumoku"))).selectByVisibleText(v.get("accountType"));
        type("txtKozaBango", v.get("accountNumber"));
        type("txtKozaMeigiKana", v.get("accountHolderKana"));
        int children = 0;
        while (v.containsKey("children[" + children + "].name")) {
            type("txtJidoShimei" + (children + 1), v.get("children[" + children + "].name"));
            type("txtJidoSeinengappi" + (children + 1), v.get("children[" + children + "].birthDate").replace('-', '/'));
            children++;
        }
        type("txtJidoSu", Integer.toString(children));
        driver.findElement(By.id("btnKakunin")).click();
        wait.until(ExpectedConditions.textToBe(By.id("spnGamenId"), "JT020"));
        expect("lblUketsukeNo", record.key());
        expect("lblShimei", v.get("name"));
        expect("lblShimeiKana", v.get("kana"));
        expect("lblSeinengappi", born.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN)
                + born.get(ChronoField.YEAR_OF_ERA) + "年" + born.get(ChronoField.MONTH_OF_YEAR) + "月"
                + born.get(ChronoField.DAY_OF_MONTH) + "日");
        expect("lblKojinBango", v.get("myNumber"));
        expect("lblJusho", v.get("address"));
        expect("lblKinyuKikanCd", v.get("bankCode"));
        expect("lblShitenCd", v.get("branchCode"));
        expect("lblYokinShumoku", v.get("accountType"));
        expect("lblKozaBango", v.get("accountNumber"));
        expect("lblKozaMeigiKana", v.get("accountHolderKana"));
        expect("lblJidoSu", Integer.toString(children));
        for (int c = 0; c < children; c++) {
            expect("lblJidoShimei" + (c + 1), v.get("children[" + c + "].name"));
            expect("lblJidoSeinengappi" + (c + 1), v.get("children[" + c + "].birthDate").replace('-', '/'));
        }
        driver.findElement(By.id("btnToroku")).click();
        wait.until(ExpectedConditions.textToBe(By.id("spnGamenId"), "JT030"));
        expect("spnUketsukeNo", record.key());
        String ledgerNumber = driver.findElement(By.id("spnDaichoNo")).getText();
        if (!ledgerNumber.matches("^JT-\\d{4}-\\d{6}$")) {
            throw new IllegalStateException("no ledger number on the completion screen: " + ledgerNumber);
        }
        return ledgerNumber;
    }

    private void expect(String id, String value) {
        String shown = driver.findElement(By.id(id)).getText();
        if (!shown.equals(value)) {
            throw new IllegalStateException(id + " shows something else than what was keyed");
        }
    }

    private void type(String id, String value) {
        driver.findElement(By.id(id)).sendKeys(value);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
