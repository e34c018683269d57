package io.scan2ledger.web.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the form posts to Spring Security's own {@code /login}. */
@Controller
public class LoginController {

    private final LoginThrottle throttle;

    public LoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    public String login(Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:" + SecurityConfiguration.home(authentication);
        }
        model.addAttribute("maxFailures", throttle.maxFailures());
        model.addAttribute("lockMinutes", throttle.lock().toMinutes());
        model.addAttribute("throttleMinutes", Math.max(1, throttle.addressWindow().toMinutes()));
        return "login";
    }

    /** The start page: the queue for reviewers, the upload page for clerks. */
    @GetMapping("/")
    public String home(Authentication authentication) {
        return "redirect:" + SecurityConfiguration.home(authentication);
    }
}
