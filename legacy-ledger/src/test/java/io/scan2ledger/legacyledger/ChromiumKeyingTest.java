package io.scan2ledger.legacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.legacyledger.fault.FaultPoint;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ledger as the bots meet it: real headless Chromium, driven by element ids. */
class ChromiumKeyingTest {

    private static LegacyLedger ledger;
    private static Path profile;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static WebDriverWait wait;
    /** Screenshots are evidence for people, not part of the keying: their time is left out of the timings. */
    private static long screenshotNanos;

    @RegisterExtension
    static final RunningLedger running = new RunningLedger();

    @BeforeAll
    static void start() throws IOException {
        ledger = running.ledger();
        profile = Files.createTempDirectory("legacy-ledger-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1024,900", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.pollingEvery(Duration.ofMillis(20));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
            if (service != null) {
                service.stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void freshLedger() {
        screenshotNanos = 0;
        driver.manage().deleteAllCookies();
    }

    @Test
    void aBotKeysChildAllowanceRecordsOnceAndFindsThemAgain() throws IOException {
        long start = System.nanoTime();
        login();
        long loggedIn = System.nanoTime();
        String first = keyChildAllowance("B-0001", true);
        long firstKeyed = System.nanoTime() - screenshotNanos;
        String second = keyChildAllowance("B-0002", false);
        long secondKeyed = System.nanoTime() - screenshotNanos;

        click("lnkKensaku", "CM030");
        new Select(driver.findElement(By.id("selDaicho"))).selectByValue("jidou-teate");
        type("txtUketsukeNo", "B-0001");
        click("btnKensaku", "CM030");
        assertThat(text("spnKensu")).isEqualTo("1");
        assertThat(text("tdDaichoNo1")).isEqualTo(first);
        long found = System.nanoTime() - screenshotNanos;
        screenshot("CM030");

        assertThat(first).matches("JT-\\d{4}-000001");
        assertThat(second).matches("JT-\\d{4}-000002");
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "B-0001")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("DAICHO_NO", first)
                .containsEntry("SHIMEI", "髙橋 﨑子").containsEntry("SHIMEI_KANA", "タカハシ サキコ")
                .containsEntry("KOZA_MEIGI_KANA", "タカハシ サキコ")
                .containsEntry("JUSHO", "東京都○○区中央1-2-3 髙﨑ハイツ〜101"));
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isEqualTo(2);
        System.out.printf("TIMING chromium: login %d ms; first record menu→completion %d ms (cold); "
                        + "second record %d ms (warm); search by 受付番号 %d ms%n",
                ms(start, loggedIn), ms(loggedIn, firstKeyed), ms(firstKeyed, secondKeyed), ms(secondKeyed, found));
    }

    /** From the menu: 入力 (17 items), 確認 (checked), 登録; back on the menu. Returns the 台帳番号. */
    private static String keyChildAllowance(String uketsukeNo, boolean screenshots) throws IOException {
        click("lnkJidouTeate", "JT010");
        type("txtUketsukeNo", uketsukeNo);
        type("txtShimei", "髙橋 﨑子");
        type("txtShimeiKana", "ﾀｶﾊｼ ｻｷｺ");
        choose("selSeinengappiGengo", "平成");
        type("txtSeinengappiNen", "2");
        type("txtSeinengappiTsuki", "5");
        type("txtSeinengappiHi", "14");
        type("txtKojinBango", "123456789012");
        type("txtJusho", "東京都○○区中央1-2-3 髙﨑ハイツ〜101");
        type("txtKinyuKikanCd", "0005");
        type("txtShitenCd", "123");
        choose("selYokinShumoku", "普通");
        type("txtKozaBango", "1234567");
        type("txtKozaMeigiKana", "ﾀｶﾊｼ ｻｷｺ");
        type("txtJidoSu", "1");
        type("txtJidoShimei1", "髙橋 一郎");
        type("txtJidoSeinengappi1", "2019/06/01");
        if (screenshots) {
            screenshot("JT010");
        }
        click("btnKakunin", "JT020");
        assertThat(text("lblShimei")).isEqualTo("髙橋 﨑子");
        assertThat(text("lblShimeiKana")).isEqualTo("タカハシ サキコ");
        assertThat(text("lblJusho")).isEqualTo("東京都○○区中央1-2-3 髙﨑ハイツ〜101");
        if (screenshots) {
            screenshot("JT020");
        }
        click("btnToroku", "JT030");
        assertThat(text("spnUketsukeNo")).isEqualTo(uketsukeNo);
        String daichoNo = text("spnDaichoNo");
        click("lnkMenu", "CM020");
        return daichoNo;
    }

    @Test
    void aLostResponseAndAnExpiredSessionAsTheBrowserSeesThem() throws IOException {
        login();
        click("lnkJuminIdou", "JI010");
        Map<String, String> values = Samples.residentMove("B-0002");
        values.forEach((name, value) -> {
            if (name.startsWith("rdo")) {
                driver.findElement(By.id(name + value)).click();
            } else if (name.startsWith("sel")) {
                new Select(driver.findElement(By.id(name))).selectByValue(value);
            } else {
                type(name, value);
            }
        });
        click("btnKakunin", "JI020");
        assertThat(text("lblSeibetsu")).isEqualTo("男");

        ledger.faults().failAfterCommitOn(FaultPoint.REGISTER);
        click("btnToroku", "CM900");
        assertThat(text("tdErrMsg")).contains("システムエラーが発生しました");
        screenshot("CM900");
        assertThat(LedgerDb.rows(ledger, "JUMIN_IDOU", "B-0002")).hasSize(1);

        ledger.faults().expireSessionsNow();
        click("lnkMenu", "CM010");
        assertThat(text("tdErrMsg")).contains("セッションの有効期限が切れました");
    }

    private static void login() {
        driver.get(ledger.baseUrl() + "/login.do");
        type("txtUserId", "rpa-bot");
        type("txtPassword", "rpa-demo");
        click("btnLogin", "CM020");
    }

    private static void type(String id, String value) {
        driver.findElement(By.id(id)).sendKeys(value);
    }

    private static void choose(String id, String label) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(label);
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    /** Clicks, then waits for the screen id of the page that should follow. */
    private static void click(String id, String nextScreen) {
        driver.findElement(By.id(id)).click();
        wait.until(ExpectedConditions.textToBe(By.id("spnGamenId"), nextScreen));
    }

    private static void screenshot(String name) throws IOException {
        long start = System.nanoTime();
        Path dir = Files.createDirectories(Path.of("target", "screens"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        screenshotNanos += System.nanoTime() - start;
    }

    private static long ms(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
