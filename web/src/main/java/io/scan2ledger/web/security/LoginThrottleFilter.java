package io.scan2ledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Stops a sign-in for a locked user name and address, or from an address held after many failures,
 * before the password is even checked, so a locked pair learns nothing, not even whether a guess
 * was right. The login form and the API's HTTP Basic share one count: the same password must not
 * be guessable through the other door. Both answers say when to try again ({@code Retry-After}).
 */
abstract class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED_URL = "/login?locked";
    static final String THROTTLED_URL = "/login?throttled";

    private final LoginThrottle throttle;
    private final ClientAddress addresses;

    LoginThrottleFilter(LoginThrottle throttle, ClientAddress addresses) {
        this.throttle = throttle;
        this.addresses = addresses;
    }

    static String url(LoginThrottle.Refusal refusal) {
        return refusal.kind() == LoginThrottle.Refusal.Kind.LOCKED ? LOCKED_URL : THROTTLED_URL;
    }

    /** The login form: a refused sign-in is sent back to the login page with the lock or hold message. */
    static LoginThrottleFilter form(LoginThrottle throttle, ClientAddress addresses) {
        return new LoginThrottleFilter(throttle, addresses) {
            @Override
            String username(HttpServletRequest request) {
                boolean signIn = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
                return signIn ? request.getParameter("username") : null;
            }

            @Override
            void refuse(LoginThrottle.Refusal refusal, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.sendRedirect(request.getContextPath() + url(refusal));
            }
        };
    }

    /** HTTP Basic on the API: 429 with a short JSON reason. */
    static LoginThrottleFilter basic(LoginThrottle throttle, ClientAddress addresses) {
        return new LoginThrottleFilter(throttle, addresses) {
            @Override
            String username(HttpServletRequest request) {
                String header = request.getHeader("Authorization");
                if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                    return null;
                }
                try {
                    String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = pair.indexOf(':');
                    return colon < 0 ? null : pair.substring(0, colon);
                } catch (IllegalArgumentException notBase64) {
                    return null;
                }
            }

            @Override
            void refuse(LoginThrottle.Refusal refusal, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(refusal.kind() == LoginThrottle.Refusal.Kind.LOCKED
                        ? "{\"error\":\"locked\",\"message\":\"ログインの失敗が続いたため一時的にロックしています"
                                + " / Locked for a while after repeated failed sign-ins\"}"
                        : "{\"error\":\"throttled\",\"message\":\"この端末からのログインの失敗が多いため一時的に制限しています"
                                + " / Too many failed sign-ins from this address; try again later\"}");
            }
        };
    }

    /** The user name this request signs in with, or null when it does not sign in. */
    abstract String username(HttpServletRequest request);

    abstract void refuse(LoginThrottle.Refusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        String address = addresses.of(request);
        Optional<LoginThrottle.Refusal> refusal = username == null ? Optional.empty()
                : throttle.refusal(username, address);
        if (refusal.isPresent()) {
            throttle.refused(refusal.get(), username, address);
            // When to try again, in whole seconds (RFC 9110), for scripts and for the page alike.
            response.setHeader("Retry-After", String.valueOf(Math.max(1, refusal.get().retryAfter().toSeconds() + 1)));
            refuse(refusal.get(), request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
