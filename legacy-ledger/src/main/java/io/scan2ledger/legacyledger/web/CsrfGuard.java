package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.page.Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/** Every POST must carry the session's hidden token, as every form of the old system does. */
final class CsrfGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Optional<ClerkSession> clerk = ClerkSession.find(request.getSession(false));
        if (clerk.isEmpty()) {
            // Only the login form gets here without a session: its page sat open past the timeout.
            return LoginScreen.redirect(response, "timeout");
        }
        if (!clerk.get().tokenMatches(request.getParameter(Html.TOKEN))) {
            throw ScreenRefused.badTransition();
        }
        return true;
    }
}
