package io.scan2ledger.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessIdentityTest {

    @Test
    void aHolderIsDeadOnlyWhenItsProcessOnThisHostIsGone() {
        ProcessIdentity me = ProcessIdentity.current();
        assertThat(ProcessIdentity.parse(me.asText())).contains(me);
        assertThat(me.goneFromThisHost()).isFalse();
        // A pid no process has: gone.
        assertThat(new ProcessIdentity(me.host(), Integer.MAX_VALUE - 7, me.startedMillis()).goneFromThisHost()).isTrue();
        // This pid, but started at another time: the pid was reused, the holder is gone.
        assertThat(new ProcessIdentity(me.host(), me.pid(), me.startedMillis() - 3_600_000).goneFromThisHost()).isTrue();
        // Another host: only its heartbeat can tell.
        assertThat(new ProcessIdentity("elsewhere.example", Integer.MAX_VALUE - 7, 0).goneFromThisHost()).isFalse();
        assertThat(ProcessIdentity.parse("garbage")).isEmpty();
        assertThat(ProcessIdentity.parse(null)).isEmpty();
        assertThat(ProcessIdentity.parse("host/with/slash/12/34")).contains(new ProcessIdentity("host/with/slash", 12, 34));
    }
}
