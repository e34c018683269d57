package io.scan2ledger.legacyledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A ledger whose logins last one idle second. */
class SessionTimeoutTest {

    @RegisterExtension
    static final RunningLedger running =
            new RunningLedger(LegacyLedger.Options.defaults().withSessionTimeout(Duration.ofSeconds(1)));

    @Test
    void anIdleSessionTimesOutAndTheFormGoesNowhere() throws InterruptedException {
        LedgerClient clerk = running.clerk();
        clerk.get("/jidou-teate/input.do");
        Thread.sleep(1300);

        Page expired = clerk.submit("/jidou-teate/confirm.do", Samples.childAllowance("S-1"));
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login.do?reason=timeout"));
        Page login = clerk.follow(expired);
        assertThat(login.screenId()).isEqualTo("CM010");
        assertThat(login.text("tdErrMsg")).isEqualTo("・セッションの有効期限が切れました。再度ログインしてください。");
        assertThat(clerk.get("/menu.do").status()).isEqualTo(302);
        assertThat(LedgerDb.count(running.ledger(), "JIDOU_TEATE")).isZero();
    }

    @Test
    void aBusySessionStaysAlive() throws InterruptedException {
        LedgerClient clerk = new LedgerClient(running.ledger().baseUrl());
        clerk.login("clerk01", "clerk-demo");
        for (int i = 0; i < 4; i++) {
            Thread.sleep(400);
            assertThat(clerk.get("/menu.do").status()).isEqualTo(200);
        }
    }
}
