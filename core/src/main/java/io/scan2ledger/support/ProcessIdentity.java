package io.scan2ledger.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * A running process as the holder of a lock: its host, process id and start time. A holder on this
 * host whose process is gone (or whose id now belongs to a process started at another time) has
 * died, and its lock can be taken at once instead of after its heartbeat goes stale. A holder on
 * another host is judged by its heartbeat alone.
 */
public record ProcessIdentity(String host, long pid, long startedMillis) {

    private static final ProcessIdentity CURRENT = new ProcessIdentity(hostName(), ProcessHandle.current().pid(),
            ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    /** Start times read back through /proc differ from the first reading by a few milliseconds. */
    private static final long SAME_START_MILLIS = 2_000;

    public static ProcessIdentity current() {
        return CURRENT;
    }

    public String asText() {
        return host + "/" + pid + "/" + startedMillis;
    }

    public static Optional<ProcessIdentity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int last = text.lastIndexOf('/');
        int middle = last < 0 ? -1 : text.lastIndexOf('/', last - 1);
        try {
            return middle < 0 ? Optional.empty() : Optional.of(new ProcessIdentity(text.substring(0, middle),
                    Long.parseLong(text.substring(middle + 1, last)), Long.parseLong(text.substring(last + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this names a process of this host that no longer runs. */
    public boolean goneFromThisHost() {
        if (!host.equals(CURRENT.host) || equals(CURRENT)) {
            return false;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .map(start -> Math.abs(start.toEpochMilli() - startedMillis) > SAME_START_MILLIS)
                .orElse(true);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
