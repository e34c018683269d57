package io.scan2ledger.web.security;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.audit.AuditVerification;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final String OFFICE = "203.0.113.7";

    private final MutableClock clock = new MutableClock();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties.Login(null, null, null, null, null),
            clock, new RecordingTrail(audited));

    @Test
    void manyUserNamesFromOneAddressAreHeldForTheWindowOnly() {
        for (int i = 1; i < 20; i++) {
            assertThat(throttle.failed("user" + i, OFFICE)).as("failure %d", i).isEqualTo(LoginThrottle.Outcome.COUNTED);
        }
        assertThat(throttle.failed("user20", OFFICE)).isEqualTo(LoginThrottle.Outcome.THROTTLED);
        var refusal = throttle.refusal("user21", OFFICE).orElseThrow();
        assertThat(refusal.kind()).isEqualTo(LoginThrottle.Refusal.Kind.THROTTLED);
        assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.refusal("user21", "198.51.100.1")).as("another address").isEmpty();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(throttle.refusal("user21", OFFICE)).as("the hold lasts the window, no longer").isEmpty();
        assertThat(throttle.failed("user21", OFFICE)).as("and counting starts afresh").isEqualTo(LoginThrottle.Outcome.COUNTED);
    }

    @Test
    void aSuccessDoesNotResetOtherUsersButItsUserIsNotHeldByItsOwnOffice() {
        throttle.succeeded("tanaka", OFFICE);
        for (int i = 1; i <= 19; i++) {
            throttle.failed("guess" + i, OFFICE);
        }
        throttle.succeeded("suzuki", OFFICE);
        assertThat(throttle.failed("guess20", OFFICE)).as("a success did not reset the address")
                .isEqualTo(LoginThrottle.Outcome.THROTTLED);
        assertThat(throttle.refusal("stranger", OFFICE)).isPresent();
        assertThat(throttle.refusal("Tanaka ", OFFICE)).as("staff who signed in here are not held").isEmpty();

        clock.advance(Duration.ofHours(13));
        throttle.failed("x", OFFICE);
        for (int i = 1; i < 20; i++) {
            throttle.failed("guess" + i, OFFICE);
        }
        assertThat(throttle.refusal("tanaka", OFFICE)).as("known only for known-for").isPresent();
    }

    @Test
    void oneUserNameIsStillLockedAfterFiveAndRefusalsAreAuditedSparingly() {
        for (int i = 1; i < 5; i++) {
            throttle.failed("sato", OFFICE);
        }
        assertThat(throttle.failed("sato", OFFICE)).isEqualTo(LoginThrottle.Outcome.LOCKED);
        assertThat(throttle.refusal("sato", OFFICE).orElseThrow().kind()).isEqualTo(LoginThrottle.Refusal.Kind.LOCKED);
        assertThat(throttle.refusal("ito", OFFICE)).isEmpty();

        for (int i = 0; i < 15; i++) {
            throttle.failed("n" + i, OFFICE);
        }
        var held = throttle.refusal("someone", OFFICE).orElseThrow();
        for (int i = 0; i < 10; i++) {
            throttle.refused(held, "someone" + i, OFFICE);
        }
        assertThat(audited).extracting(AuditEntry::detail).filteredOn(d -> d.contains("refused="))
                .extracting(d -> d.substring(d.indexOf("refused=")))
                .containsExactly("refused=1", "refused=2", "refused=4", "refused=8");
        assertThat(audited).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_THROTTLED");
            assertThat(e.detail()).doesNotContain("someone").contains("user=").contains("address=" + OFFICE);
        });
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("192.0.2.10");
        direct.addHeader("X-Forwarded-For", "198.51.100.9");
        assertThat(new ClientAddress(List.of()).of(direct)).isEqualTo("192.0.2.10");
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(direct)).isEqualTo("192.0.2.10");

        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.5");
        proxied.addHeader("X-Forwarded-For", "1.2.3.4, 198.51.100.9, 10.0.0.4");
        assertThat(new ClientAddress(List.of("10.0.0.5", "10.0.0.4")).of(proxied))
                .as("the nearest hop our proxies did not write; what the client wrote is ignored").isEqualTo("198.51.100.9");
        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.setRemoteAddr("10.0.0.5");
        forged.addHeader("X-Forwarded-For", "<script>");
        assertThat(new ClientAddress(List.of("10.0.0.5")).of(forged)).isEqualTo("10.0.0.5");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record RecordingTrail(List<AuditEntry> entries) implements AuditTrail {
        @Override
        public AuditRecord append(AuditEntry entry) {
            entries.add(entry);
            return null;
        }

        @Override
        public List<AuditRecord> historyOf(long documentId) {
            return List.of();
        }

        @Override
        public List<AuditRecord> recent(int limit) {
            return List.of();
        }

        @Override
        public java.util.Optional<io.scan2ledger.audit.AuditRecord> row(long seq) {
            return java.util.Optional.empty();
        }

        @Override
        public io.scan2ledger.audit.AuditHead head() {
            return null;
        }

        @Override
        public AuditVerification verify() {
            return null;
        }
    }
}
