package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.templates.samples.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's day: the queue (oldest first, counts, filters, j/k), the document page of a real
 * scan (page image, zones, crops), corrections re-validated in place, approval, rejection with a
 * reason, the My Number reveal, and a whole review with the keyboard alone.
 */
class SupervisorReviewTest extends ReviewApp {


    private final Residents.Resident rejected = Residents.next();
    private final Residents.Resident revealed = Residents.next();
    private final Residents.Resident misread = Residents.next();
    private long badPostal;
    private long badNumber;
    private long toReject;
    private long toReveal;
    private long badPhone;
    private List<Long> first;
    private List<Long> later;
    private long valid;
    private long doubtful;
    private long toConfirm;

    /**
     * One export with a claim per test, each with the problem its test needs; its rows are
     * received one after the other, in this order (the queue's last one is valid: no review).
     */
    @BeforeAll
    void seed() {
        Map<String, String> postal = Applications.childAllowance(Residents.next());
        postal.put("postalCode", "12-34");
        Residents.Resident wrong = Residents.next();
        Map<String, String> number = Applications.childAllowance(wrong);
        number.put("myNumber", Residents.withWrongCheckDigit(wrong.myNumber()));
        Map<String, String> phone = Applications.needsALook(Residents.next());
        phone.put("phone", "03-1234-567X");
        Map<String, String> shortPostal = Applications.childAllowance(Residents.next());
        shortPostal.put("postalCode", "99");
        Map<String, String> noAddress = Applications.childAllowance(Residents.next());
        noAddress.put("address", "");
        List<Long> ids = applications(postal, number, Applications.needsALook(rejected),
                Applications.needsALook(revealed), phone, shortPostal, noAddress,
                Applications.needsALook(Residents.next()), Applications.needsALook(Residents.next()),
                Applications.childAllowance(Residents.next()), Applications.needsALook(misread),
                Applications.needsALook(Residents.next()));
        badPostal = ids.get(0);
        badNumber = ids.get(1);
        toReject = ids.get(2);
        toReveal = ids.get(3);
        badPhone = ids.get(4);
        first = ids.subList(5, 8);
        later = ids.subList(8, 9);
        valid = ids.get(9);
        doubtful = ids.get(10);
        toConfirm = ids.get(11);
    }

    @Test
    void theQueueListsTheExceptionsOldestFirstWithCounts() {
        assertThat(state(valid)).isEqualTo("VALIDATED");

        Browser b = browser();
        b.signedInAs(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.open("/review");
        List<Long> ids = listed(b);
        assertThat(ids).containsAll(first).containsAll(later).doesNotContain(valid);
        List<Long> received = b.all("#queue tr.item").stream()
                .map(tr -> Long.parseLong(tr.getAttribute("data-received"))).toList();
        assertThat(received).as("oldest first").isSorted();
        assertThat(ids.indexOf(first.get(0))).isLessThan(ids.indexOf(later.get(0)));
        assertThat(b.find("#queue-total").getText()).isEqualTo(ids.size() + "件");
        assertThat(b.find("#queue tr[data-id='" + first.get(1) + "'] .reason").getAttribute("data-code"))
                .isEqualTo("REQUIRED");
        assertThat(b.find("#queue tr[data-id='" + first.get(0) + "'] time").getText()).isIn("たった今", "1分前");
        assertThat(count(b, "#count-forms", Applications.FORM)).isGreaterThanOrEqualTo(4);
        assertThat(count(b, "#count-channels", "denshi")).isGreaterThanOrEqualTo(4);
        b.screenshot("queue");

        long required = count(b, "#count-reasons", "REQUIRED");
        b.open("/review?reason=REQUIRED");
        assertThat(listed(b)).hasSize((int) required).contains(first.get(1)).doesNotContain(first.get(0));
        b.open("/review?sort=newest");
        assertThat(b.all("#queue tr.item").stream().map(tr -> Long.parseLong(tr.getAttribute("data-received")))
                .toList()).isSortedAccordingTo((x, y) -> Long.compare(y, x));
    }

    @Test
    void jAndKMoveThroughTheQueueAndEnterOpens() {
        Browser b = browser();
        b.signedInAs(SUPERVISOR, SUPERVISOR_PASSWORD);
        b.open("/review");
        List<WebElement> links = b.all("#queue a.open");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(links.get(0));
        b.keys("j", "j");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(links.get(2));
        b.keys("k");
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(links.get(1));
        b.keys(Keys.ARROW_DOWN);
        assertThat(b.driver.switchTo().activeElement()).isEqualTo(links.get(2));
        String target = links.get(2).getAttribute("href");
        b.keys(Keys.ENTER);
        b.until(d -> d.getCurrentUrl().equals(target));
        assertThat(b.find("main.document-page").getAttribute("data-id"))
                .isEqualTo(target.substring(target.lastIndexOf('/') + 1));
    }

    @Test
    void aScanIsShownWithItsZonesAndCropsAndTheMyNumberStaysHidden() throws IOException {
        Sample sample = Scans.childAllowance(HOME);
        JsonNode doc = Scans.read(api, sample);
        long id = doc.path("id").asLong();
        JsonNode fields = document(id, ADMIN, ADMIN_PASSWORD).path("fields");
        long boxed = StreamSupport.stream(fields.spliterator(), false).filter(f -> f.path("box").isObject()).count();
        assertThat(boxed).as("fields read from the scan have boxes").isGreaterThan(10);

        Browser b = browser();
        b.signedInAs(SUPERVISOR, SUPERVISOR_PASSWORD);
        int views = history(id, "VIEW").size();
        b.open("/review/" + id);
        WebElement page = b.find("img.page-image");
        b.until(d -> loaded(b, page));
        assertThat(b.all("svg.zones rect.zone")).hasSize((int) boxed);
        List<WebElement> crops = b.all(".crop img");
        assertThat(crops).hasSize((int) boxed);
        b.until(d -> crops.stream().allMatch(c -> loaded(b, c)));
        // The page and every crop were fetched, yet the view was audited once.
        assertThat(history(id, "VIEW")).hasSize(views + 1);

        WebElement numberCrop = b.find("#row-f-myNumber .crop img");
        assertThat(numberCrop.getAttribute("class")).contains("masked");
        assertThat(naturalWidth(b, numberCrop)).as("a placeholder, not the digits").isEqualTo(240);
        Http.Answer crop = http.withSession("GET", "/review/" + id + "/crops/myNumber", b.sessionId(), null);
        assertThat(image(crop).getWidth()).isEqualTo(240);
        Http.Answer pageImage = http.withSession("GET", "/review/" + id + "/pages/1", b.sessionId(), null);
        assertThat(pageImage.contentType()).isEqualTo("image/png");
        assertThat(image(pageImage).getWidth()).isEqualTo(Integer.parseInt(page.getDomAttribute("width")));
        b.screenshot("document-scan");

        WebElement reveal = b.find("#reveal-f-myNumber");
        reveal.click();
        b.leaves(reveal);
        WebElement revealed = b.find("#row-f-myNumber .crop img");
        b.until(d -> loaded(b, revealed));
        assertThat(naturalWidth(b, revealed)).as("the digits' crop after the reveal").isGreaterThan(300);
        assertThat(history(id, "REVEAL_MY_NUMBER")).hasSize(1);
    }

    @Test
    void aCorrectionIsRevalidatedInPlaceAndTheDocumentApproved() {
        long id = badPostal;
        assertThat(state(id)).isEqualTo("NEEDS_REVIEW");

        Browser b = supervisorOn(id);
        WebElement postal = b.find("#f-postalCode");
        assertThat(b.focused()).as("the field needing attention comes first and has the focus").isEqualTo("f-postalCode");
        assertThat(b.find("#p-f-postalCode li.problem-invalid").getText()).isNotBlank();
        assertThat(b.find("#field-summary").getText()).isEqualTo("誤り 1 件・要確認 0 件");

        postal.sendKeys("123-4567", Keys.ENTER);
        b.until(d -> b.all("#p-f-postalCode li").isEmpty());
        assertThat(b.path()).as("re-validated without a reload").isEqualTo("/review/" + id);
        assertThat(b.find("#row-f-postalCode").getAttribute("class")).contains("field-ok");
        assertThat(b.find("#notice").getText()).contains("再検証しました").contains("誤り 0 件");
        assertThat(b.find("#field-summary").getText()).isEqualTo("誤り 0 件・要確認 0 件");
        assertThat(b.focused()).as("Enter moves on to the next field").isNotEqualTo("f-postalCode");

        WebElement approve = b.find("#approve");
        approve.click();
        b.leaves(approve);
        assertThat(b.path()).isEqualTo("/review");
        assertThat(b.find("#notice").getText()).isEqualTo("文書 " + id + " を承認しました。");
        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(history(id, "CORRECT")).singleElement()
                .satisfies(r -> assertThat(r.entry().detail()).isEqualTo("field=postalCode"));
        assertThat(document(id, ADMIN, ADMIN_PASSWORD).path("fields").findValuesAsText("value")).contains("123-4567");
    }

    @Test
    void approvalIsRefusedWhileAFieldIsInvalid() {
        long id = badNumber;

        Browser b = supervisorOn(id);
        assertThat(b.find("#p-f-myNumber li").getAttribute("data-code")).isEqualTo("MY_NUMBER_CHECK_DIGIT");
        WebElement approve = b.find("#approve");
        approve.click();
        b.leaves(approve);
        assertThat(b.path()).isEqualTo("/review/" + id);
        assertThat(b.find("#notice").getText()).isEqualTo("誤りのある項目が 1 件あります。訂正してから承認してください。");
        assertThat(state(id)).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void aRejectionTakesAReasonIntoTheAuditTrail() {
        Residents.Resident r = rejected;
        long id = toReject;
        Browser b = supervisorOn(id);
        b.keys(Keys.chord(Keys.ALT, "r"));
        b.until(d -> "reason".equals(b.focused()));
        WebElement reason = b.find("#reason");
        String why = "申請者本人の署名がありません（" + r.name() + "）";
        b.keys(why);
        b.keys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        b.leaves(reason);
        assertThat(b.find("#notice").getText()).isEqualTo("文書 " + id + " を却下しました。");
        assertThat(state(id)).isEqualTo("REJECTED");
        AuditRecord rejected = history(id, "STATE").stream()
                .filter(h -> "REJECTED".equals(h.entry().after())).findFirst().orElseThrow();
        assertThat(rejected.entry().actor()).isEqualTo(SUPERVISOR);
        assertThat(rejected.entry().detail()).isEqualTo("reason: " + why);
    }

    @Test
    void aMyNumberIsMaskedUntilRevealedAndTheRevealIsAudited() {
        Residents.Resident r = revealed;
        long id = toReveal;
        String last4 = r.myNumber().substring(8);

        Browser b = supervisorOn(id);
        assertThat(b.find("#row-f-myNumber .shown").getText()).isEqualTo("********" + last4);
        assertThat(b.find("#f-myNumber").getAttribute("value")).isEmpty();
        assertThat(b.driver.getPageSource()).doesNotContain(r.myNumber());
        assertThat(document(id, SUPERVISOR, SUPERVISOR_PASSWORD).path("fields").toString())
                .doesNotContain(r.myNumber()).contains("********" + last4);
        assertThat(history(id, "REVEAL_MY_NUMBER")).isEmpty();

        WebElement reveal = b.find("#reveal-f-myNumber");
        reveal.click();
        b.leaves(reveal);
        assertThat(b.find("#row-f-myNumber .shown").getText()).isEqualTo(r.myNumber());
        assertThat(b.find("#f-myNumber").getAttribute("value")).isEqualTo(r.myNumber());
        assertThat(b.has("#reveal-f-myNumber")).isFalse();
        List<AuditRecord> reveals = history(id, "REVEAL_MY_NUMBER");
        assertThat(reveals).singleElement().satisfies(x -> {
            assertThat(x.entry().actor()).isEqualTo(SUPERVISOR);
            assertThat(x.entry().detail()).isEqualTo("field=myNumber");
        });
        assertThat(document(id, SUPERVISOR, SUPERVISOR_PASSWORD).path("fields").toString())
                .as("the API stays masked").doesNotContain(r.myNumber());
    }

    /**
     * A field two models read differently says why on the page (its probability, the reasons, the
     * character in doubt marked), and its other reading goes into the box with Tab and Enter alone.
     */
    @Test
    void aDoubtfulFieldSaysWhyAndItsOtherReadingIsChosenWithTheKeyboard() {
        Residents.Resident r = misread;
        long id = doubtful;
        String weak = r.name().substring(r.name().length() - 1);
        String other = r.name().substring(0, r.name().length() - 1) + "大";
        readByMachine(id, "name", disagreed(other, weak).withSplit(Evidence.Split.GUESSED));
        String otherNumber = Residents.withWrongCheckDigit(r.myNumber());
        readByMachine(id, "myNumber", disagreed(otherNumber, r.myNumber().substring(2, 5)));
        double p = field(document(id, ADMIN, ADMIN_PASSWORD), "name").path("confidence").asDouble();

        Browser b = supervisorOn(id);
        assertThat(b.text("#row-f-name .confidence")).as("the calibrated probability")
                .isEqualTo("確からしさ " + Doubts.percent(p));
        assertThat(b.all("#d-f-name .reasons li")).extracting(li -> li.getAttribute("data-code"))
                .containsExactly("READINGS_DISAGREE", "SPLIT_GUESSED", "REPAIRED_MERGED", "WEAK_CHARACTERS");
        assertThat(b.find("#d-f-name .reasons li").getText()).isEqualTo("2つの読取モデルの結果が食い違っています");
        assertThat(b.all("#p-f-name li[data-code='LOW_CONFIDENCE']")).allSatisfy(li -> assertThat(li.getText())
                .as("the probability, without repeating the reasons listed below it").contains(Doubts.percent(p))
                .doesNotContain("2つの読取モデルの結果が食い違っています"));
        assertThat(b.find("#f-name").getAttribute("aria-describedby")).as("read out with the field")
                .isEqualTo("p-f-name v-f-name d-f-name c-f-name");
        assertThat(b.text("#row-f-name .shown")).isEqualTo(r.name());
        assertThat(b.find("#row-f-name .shown mark.weak").getText()).isEqualTo(weak);
        // A hidden My Number's other reading is masked like its value, and not offered for its empty box.
        assertThat(b.find("#d-f-myNumber .alternative").getText()).isEqualTo("********" + otherNumber.substring(8));
        assertThat(b.has("#d-f-myNumber button.choice")).isFalse();
        assertThat(b.has("#row-f-myNumber mark")).isFalse();
        assertThat(b.driver.getPageSource()).doesNotContain(r.myNumber()).doesNotContain(otherNumber);
        // Confirming means having looked: a hidden My Number is revealed (audited) before it can be confirmed.
        assertThat(b.find("#row-f-myNumber").getAttribute("data-confirm")).isEqualTo("reveal");
        assertThat(b.find("#confirm-f-myNumber").isDisplayed()).isFalse();
        assertThat(http.withSession("POST", "/review/" + id + "/fields/myNumber/confirm", b.sessionId(),
                b.csrfToken()).status()).isEqualTo(302);
        assertThat(history(id, "CONFIRM")).isEmpty();
        b.screenshot("document-doubt");

        b.find("#f-name").sendKeys(Keys.TAB);
        assertThat(b.focused()).as("Tab reaches the other reading").isEqualTo("alt-f-name-0");
        assertThat(b.text("#alt-f-name-0")).isEqualTo(other);
        b.keys(Keys.ENTER);
        assertThat(b.focused()).as("back in the box, ready to save").isEqualTo("f-name");
        assertThat(b.find("#f-name").getDomProperty("value")).isEqualTo(other);
        b.keys(Keys.ENTER);
        b.until(d -> !b.has("#d-f-name"));
        assertThat(b.text("#row-f-name .confidence")).isEqualTo("確からしさ 100.0%");
        assertThat(field(document(id, ADMIN, ADMIN_PASSWORD), "name").path("value").asText()).isEqualTo(other);
        assertThat(history(id, "CORRECT")).singleElement()
                .satisfies(x -> assertThat(x.entry().detail()).isEqualTo("field=name"));

        b.open("/review/" + id + "?lang=en");
        assertThat(b.find("#d-f-myNumber .reasons li").getText()).isEqualTo("Two recognition models read it differently");
        assertThat(b.text("#row-f-myNumber .confidence")).startsWith("Confidence ").endsWith("%");
        b.screenshot("document-doubt-en");
        b.open("/review/" + id + "?lang=ja");
    }

    /**
     * Approval means someone looked: refused, naming the field, while a flagged field is not
     * confirmed; the 確認 button confirms it (stored, audited with who and when), then approval goes through.
     */
    @Test
    void approvalIsRefusedUntilEveryFlaggedFieldIsConfirmed() {
        long id = toConfirm;
        Browser b = supervisorOn(id);
        assertThat(b.find("#row-f-birthDate").getAttribute("data-confirm")).isEqualTo("todo");
        assertThat(b.text("#row-f-birthDate .confirmation .todo")).startsWith("未確認");
        assertThat(b.text("#unconfirmed-count")).isEqualTo("承認の前に確認が必要な項目：残り 1 件");

        WebElement approve = b.find("#approve");
        approve.click();
        b.leaves(approve);
        assertThat(b.path()).isEqualTo("/review/" + id);
        assertThat(b.find("#notice").getText()).isEqualTo(
                "確認していない要確認項目が 1 件あります（生年月日）。各項目を確認または訂正してから承認してください。");
        assertThat(state(id)).isEqualTo("NEEDS_REVIEW");
        assertThat(history(id, "APPROVE_REFUSED")).singleElement().satisfies(r -> {
            assertThat(r.entry().actor()).isEqualTo(SUPERVISOR);
            assertThat(r.entry().detail()).isEqualTo("UNCONFIRMED_FIELDS fields=birthDate");
        });

        b.find("#confirm-f-birthDate").click();
        b.until(d -> "done".equals(b.find("#row-f-birthDate").getAttribute("data-confirm")));
        assertThat(b.text("#row-f-birthDate .confirmation .done")).isEqualTo("確認済み");
        assertThat(b.text("#unconfirmed-count")).isEqualTo("承認の前に確認が必要な項目：残り 0 件");
        assertThat(b.focused()).as("nothing left to confirm: on to the approve button").isEqualTo("approve");
        b.open("/review/" + id);
        assertThat(b.find("#row-f-birthDate").getAttribute("data-confirm")).as("stored").isEqualTo("done");
        assertThat(history(id, "CONFIRM")).singleElement().satisfies(r -> {
            assertThat(r.entry().actor()).isEqualTo(SUPERVISOR);
            assertThat(r.entry().detail()).isEqualTo("field=birthDate");
            assertThat(r.at()).isNotNull();
        });
        assertThat(b.find("#history").getAttribute("innerHTML")).contains("確認").contains("field=birthDate");
        JsonNode confirmation = document(id, ADMIN, ADMIN_PASSWORD).path("confirmations").get(0);
        assertThat(confirmation.path("field").asText()).isEqualTo("birthDate");
        assertThat(confirmation.path("by").asText()).isEqualTo(SUPERVISOR);
        assertThat(confirmation.path("at").asText()).isNotBlank();

        approve = b.find("#approve");
        approve.click();
        b.leaves(approve);
        assertThat(b.path()).isEqualTo("/review");
        assertThat(state(id)).isEqualTo("APPROVED");
    }

    /**
     * Sign in, find, correct, confirm and approve with the keyboard alone: only keys are sent,
     * nothing is clicked. Each key goes where the focus is, so each step waits for the focus first.
     */
    @Test
    void aDocumentIsReviewedWithTheKeyboardAlone() {
        long id = badPhone;

        Browser b = browser();
        b.signOut();
        b.openLogin();
        b.keys(SUPERVISOR, Keys.TAB, SUPERVISOR_PASSWORD, Keys.ENTER);
        b.untilPath("/review");
        b.until(d -> b.focusedLink() != null ? Boolean.TRUE : null);
        // Down the queue (oldest first) to this document, and open it.
        String target = "/review/" + id;
        for (int i = 0; i < 100 && !String.valueOf(b.focusedLink()).endsWith(target); i++) {
            b.keys("j");
        }
        b.keys(Keys.ENTER);
        b.untilPath(target);

        b.untilFocused("f-phone");
        b.keys("03-1234-5678", Keys.ENTER);
        b.until(d -> b.all("#p-f-phone li").isEmpty());
        // On to the flagged field (an era that had ended): Tab reaches its 確認 button and comes back.
        b.untilFocused("f-birthDate");
        b.keys(Keys.TAB);
        assertThat(b.focused()).isEqualTo("confirm-f-birthDate");
        b.keys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(b.focused()).isEqualTo("f-birthDate");
        // Enter on the unchanged flagged field confirms it; nothing is left to confirm, so on to 承認.
        b.keys(Keys.ENTER);
        b.untilFocused("approve");
        assertThat(b.find("#row-f-birthDate").getAttribute("data-confirm")).isEqualTo("done");

        WebElement field = b.find("#field-list");
        b.keys(Keys.chord(Keys.ALT, "a"));
        b.leaves(field);
        assertThat(b.path()).isEqualTo("/review");
        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(history(id, "CORRECT")).singleElement()
                .satisfies(x -> assertThat(x.entry().detail()).isEqualTo("field=phone"));
        assertThat(history(id, "CONFIRM")).singleElement()
                .satisfies(x -> assertThat(x.entry().detail()).isEqualTo("field=birthDate"));
    }

    private static List<Long> listed(Browser b) {
        return b.all("#queue tr.item").stream().map(tr -> Long.parseLong(tr.getAttribute("data-id"))).toList();
    }

    private static long count(Browser b, String list, String key) {
        return Long.parseLong(b.find(list + " li[data-key='" + key + "']").getAttribute("data-count"));
    }

    private static boolean loaded(Browser b, WebElement img) {
        return Boolean.TRUE.equals(b.script("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
    }

    private static long naturalWidth(Browser b, WebElement img) {
        return ((Number) b.script("return arguments[0].naturalWidth", img)).longValue();
    }

    private static BufferedImage image(Http.Answer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(200);
        return ImageIO.read(new ByteArrayInputStream(answer.body()));
    }
}
