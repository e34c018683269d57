package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.ledger.ShiftJis;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browsers post a Shift_JIS page's forms in Shift_JIS without saying so; the parameters must be
 * decoded as Windows-31J before anything reads them (the JIS table would lose 髙 and 﨑).
 */
public final class ShiftJisRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setCharacterEncoding(ShiftJis.WINDOWS_31J.name());
        chain.doFilter(request, response);
    }
}
