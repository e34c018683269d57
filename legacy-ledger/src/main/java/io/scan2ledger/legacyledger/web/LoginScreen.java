package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.LedgerSettings;
import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.page.HtmlPage;
import io.scan2ledger.legacyledger.page.LoginPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** CM010 ログイン, and logout. */
@Controller
@ResponseBody
class LoginScreen {

    private static final Logger log = LoggerFactory.getLogger(LoginScreen.class);
    private static final Map<String, String> REASONS = Map.of(
            "timeout", "セッションの有効期限が切れました。再度ログインしてください。",
            "login", "ログインしてください。");
    /** Tomcat forgets a session a little after the ledger's own timeout, so the ledger can still say why. */
    private static final int TOMCAT_GRACE_SECONDS = 60;

    private final Map<String, String> users;
    private final int tomcatTimeoutSeconds;
    private final Faults faults;
    private final Clock clock;

    LoginScreen(LedgerSettings settings, Faults faults, Clock clock) {
        this.users = Map.copyOf(settings.users());
        this.tomcatTimeoutSeconds = (int) settings.sessionTimeout().toSeconds() + TOMCAT_GRACE_SECONDS;
        this.faults = faults;
        this.clock = clock;
    }

    /** Sends the browser to the login screen, saying why; ends the interceptor chain. */
    static boolean redirect(HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect("/login.do?reason=" + reason);
        return false;
    }

    @GetMapping("/")
    ResponseEntity<HtmlPage> root() {
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/login.do").build();
    }

    @GetMapping("/login.do")
    HtmlPage page(HttpServletRequest request, @RequestParam(defaultValue = "") String reason) {
        faults.hit(FaultPoint.LOGIN);
        ClerkSession clerk = ClerkSession.beforeLogin(request.getSession(true));
        List<String> errors = REASONS.containsKey(reason) ? List.of(REASONS.get(reason)) : List.of();
        return LoginPage.render(clerk.token(), errors, "logout".equals(reason) ? "ログアウトしました。" : null);
    }

    @PostMapping("/login.do")
    ResponseEntity<HtmlPage> login(HttpServletRequest request) {
        faults.hit(FaultPoint.LOGIN);
        String user = Submitted.value(request, "txtUserId");
        String password = request.getParameter("txtPassword");
        List<String> errors = new ArrayList<>();
        if (user.isEmpty()) {
            errors.add("ユーザーIDを入力してください。");
        }
        if (password == null || password.isEmpty()) {
            errors.add("パスワードを入力してください。");
        } else if (errors.isEmpty() && !passwordMatches(user, password)) {
            errors.add("ユーザーIDまたはパスワードが正しくありません。");
        }
        if (!errors.isEmpty()) {
            log.info("login refused");
            String token = ClerkSession.beforeLogin(request.getSession(true)).token();
            return ResponseEntity.ok(LoginPage.render(token, errors, null));
        }
        // A new session and a new token on login: nothing issued before it stays valid.
        request.getSession().invalidate();
        HttpSession http = request.getSession(true);
        http.setMaxInactiveInterval(tomcatTimeoutSeconds);
        ClerkSession.signIn(http, user, faults.sessionGeneration(), clock.instant());
        log.info("login {}", user);
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/menu.do").build();
    }

    @PostMapping("/logout.do")
    ResponseEntity<HtmlPage> logout(HttpServletRequest request) {
        request.getSession().invalidate();
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/login.do?reason=logout").build();
    }

    private boolean passwordMatches(String user, String password) {
        String expected = users.get(user);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
    }
}
