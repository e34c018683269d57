package io.scan2ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a sign-in comes from, for throttling and the audit trail: the connection's remote
 * address, unless that is one of the configured {@code trusted-proxies}; then the nearest address
 * in {@code X-Forwarded-For} that is not one of them (a client can write anything into that header,
 * so only what our own proxies appended is believed).
 */
public final class ClientAddress {

    /** IPv4 or IPv6 text, nothing else (the value goes to logs and the audit trail). */
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trustedProxies.contains(hop)) {
                return IP.matcher(hop).matches() ? hop : remote;
            }
        }
        return remote;
    }
}
