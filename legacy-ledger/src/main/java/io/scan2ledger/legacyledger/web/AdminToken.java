package io.scan2ledger.legacyledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.servlet.HandlerInterceptor;

/** The admin API (faults, records, reset) answers only to the admin token in {@value #HEADER}. */
final class AdminToken implements HandlerInterceptor {

    static final String HEADER = "X-Admin-Token";

    private final byte[] token;

    AdminToken(String token) {
        this.token = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String given = request.getHeader(HEADER);
        if (token.length > 0 && given != null
                && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"error\":\"" + HEADER + " missing or wrong\"}")
                .getBytes(StandardCharsets.US_ASCII));
        return false;
    }
}
