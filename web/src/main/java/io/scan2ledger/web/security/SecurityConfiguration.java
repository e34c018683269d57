package io.scan2ledger.web.security;

import io.scan2ledger.audit.AuditTrail;

import io.scan2ledger.access.Role;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    static final String[] STAFF = {"CLERK", "SUPERVISOR", "ADMIN"};
    private static final String SUPERVISOR = Role.SUPERVISOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        return new UserDirectory(jdbc, encoder, clock);
    }

    @Bean
    ClientAddress clientAddress(SecurityProperties properties) {
        return new ClientAddress(properties.login().trustedProxies());
    }

    /** The client's address (see {@link ClientAddress}) is what the throttle counts and the trail records. */
    private static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> details(
            ClientAddress addresses) {
        return request -> {
            HttpSession session = request.getSession(false);
            return new WebAuthenticationDetails(addresses.of(request), session == null ? null : session.getId());
        };
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, Clock clock, AuditTrail audit) {
        return new LoginThrottle(properties.login(), clock, audit);
    }

    /**
     * The JSON API: HTTP Basic, no session, no CSRF token. A 401 carries no
     * {@code WWW-Authenticate: Basic} challenge, so browsers never cache Basic credentials, and a
     * forged cross-site request therefore arrives without any. Roles are those of the review pages.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle, ClientAddress addresses) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/documents").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/documents/*/fields/*", "/api/documents/*/fields/*/confirm",
                                "/api/documents/*/approve", "/api/documents/*/reject").hasRole(SUPERVISOR)
                        .requestMatchers(HttpMethod.GET, "/api/documents", "/api/documents/**").hasAnyRole(STAFF)
                        .anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonUnauthorized())
                        .authenticationDetailsSource(details(addresses)))
                .addFilterBefore(LoginThrottleFilter.basic(throttle, addresses), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized())
                        .accessDeniedHandler(jsonForbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The pages: form login with a session. CSRF tokens on every form (Spring's default), a new
     * session id at login (fixation), failed logins throttled per user name and address, and per address.
     */
    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, LoginThrottle throttle, ClientAddress addresses, UserDirectory users)
            throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login", "/css/**",
                                "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/review/*/dv").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/review/**").hasRole(SUPERVISOR)
                        .anyRequest().hasAnyRole(STAFF))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(details(addresses))
                        .successHandler(landing())
                        .failureHandler(failure(throttle, addresses)))
                .addFilterBefore(LoginThrottleFilter.form(throttle, addresses), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccountFilter(users), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Clerks start at the upload page, supervisors and admins at the queue (unless a page was asked for). */
    private static AuthenticationSuccessHandler landing() {
        var toQueue = new SavedRequestAwareAuthenticationSuccessHandler();
        toQueue.setDefaultTargetUrl("/review");
        var toUpload = new SavedRequestAwareAuthenticationSuccessHandler();
        toUpload.setDefaultTargetUrl("/upload");
        return (request, response, authentication) -> (home(authentication).equals("/review") ? toQueue : toUpload)
                    .onAuthenticationSuccess(request, response, authentication);
    }

    public static String home(Authentication authentication) {
        boolean reviewer = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + SUPERVISOR) || a.getAuthority().equals("ROLE_" + ADMIN));
        return reviewer ? "/review" : "/upload";
    }

    private static AuthenticationFailureHandler failure(LoginThrottle throttle, ClientAddress addresses) {
        return (request, response, exception) -> {
            // The failure was counted (authentication event) before this handler runs; a lock or hold
            // it started shows at once. A disabled account gets the same answer as a wrong password.
            var refusal = throttle.refusal(request.getParameter("username"), addresses.of(request));
            response.sendRedirect(request.getContextPath()
                    + refusal.map(LoginThrottleFilter::url).orElse("/login?error"));
        };
    }

    private static AuthenticationEntryPoint jsonUnauthorized() {
        return (request, response, ex) -> json(response, HttpStatus.UNAUTHORIZED,
                "{\"error\":\"unauthorized\",\"message\":\"認証が必要です / Authentication required\"}");
    }

    private static AccessDeniedHandler jsonForbidden() {
        return (request, response, ex) -> json(response, HttpStatus.FORBIDDEN,
                "{\"error\":\"forbidden\",\"message\":\"この操作の権限がありません / You may not do this\"}");
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** Creates configured users; refuses to start with no users at all (there are no built-in defaults). */
    @Bean
    ApplicationRunner seedUsers(UserDirectory users, SecurityProperties properties) {
        return args -> {
            properties.users().forEach(users::createIfAbsent);
            if (users.isEmpty()) {
                throw new IllegalStateException("No users are configured. Set scan2ledger.security.users"
                        + " (see README, 'Users') or start with the demo profile.");
            }
        };
    }
}
