package io.scan2ledger.web.admin;

import io.scan2ledger.access.Role;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.web.review.Notice;
import io.scan2ledger.web.security.UserAccount;
import io.scan2ledger.web.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /admin/users}: list, create, change roles and channels, disable. Passwords are hashed by
 * the directory. An admin can neither remove their own admin role nor disable themselves, so the
 * office is never left without an administrator by a slip. Each change is audited.
 */
@Controller
public class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    private static final int MIN_PASSWORD = 10;

    private final UserDirectory users;
    private final Channels channels;
    private final AuditTrail audit;
    private final Transactions tx;
    private final MessageSource messages;

    public UsersController(UserDirectory users, Channels channels, AuditTrail audit, Transactions tx,
                           MessageSource messages) {
        this.users = users;
        this.channels = channels;
        this.audit = audit;
        this.tx = tx;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    public String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        List<String> names = new ArrayList<>(channels.all().stream().map(Channels.Channel::name).toList());
        names.add(channels.uploadDefault());
        model.addAttribute("channels", names);
        return "admin/users";
    }

    @PostMapping("/admin/users")
    public String create(@RequestParam String username, @RequestParam String password,
                         @RequestParam(required = false) String displayName,
                         @RequestParam(required = false) List<Role> roles,
                         @RequestParam(required = false) List<String> channelNames,
                         @RequestParam(defaultValue = "false") boolean dv,
                         @AuthenticationPrincipal UserAccount admin, Locale locale, RedirectAttributes flash) {
        String name = username.strip();
        if (!USERNAME.matcher(name).matches() || users.exists(name)) {
            return refuse(flash, "admin.users.badName", locale);
        }
        if (password.length() < MIN_PASSWORD) {
            return refuse(flash, "admin.users.shortPassword", locale, MIN_PASSWORD);
        }
        Set<Role> granted = roles(roles);
        if (granted.isEmpty()) {
            return refuse(flash, "admin.users.noRole", locale);
        }
        List<String> chosen = channelNames == null ? List.of() : channelNames;
        tx.inTransaction(() -> {
            users.create(name, password, granted, dv, chosen, displayName == null || displayName.isBlank() ? null
                    : displayName.strip());
            audit.append(AuditEntry.of(admin.getUsername(), "USER_CREATE", null)
                    .withDetail("user=" + name + " roles=" + granted + (dv ? "+DV" : "") + " channels=" + chosen));
        });
        Notice.ok(flash, messages.getMessage("admin.users.created", new Object[]{name}, locale));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}")
    public String update(@PathVariable String username, @RequestParam(required = false) List<Role> roles,
                         @RequestParam(required = false) List<String> channelNames,
                         @RequestParam(defaultValue = "false") boolean dv,
                         @RequestParam(defaultValue = "false") boolean enabled,
                         @AuthenticationPrincipal UserAccount admin, Locale locale, RedirectAttributes flash) {
        if (!users.exists(username)) {
            return refuse(flash, "admin.users.unknown", locale);
        }
        Set<Role> granted = roles(roles);
        boolean self = username.equals(admin.getUsername());
        if (self && (!granted.contains(Role.ADMIN) || !enabled)) {
            return refuse(flash, "admin.users.notYourself", locale);
        }
        if (granted.isEmpty()) {
            return refuse(flash, "admin.users.noRole", locale);
        }
        List<String> chosen = channelNames == null ? List.of() : channelNames;
        tx.inTransaction(() -> {
            users.update(username, granted, dv, chosen, enabled);
            audit.append(AuditEntry.of(admin.getUsername(), "USER_UPDATE", null).withDetail("user=" + username
                    + " roles=" + granted + (dv ? "+DV" : "") + " channels=" + chosen + " enabled=" + enabled));
        });
        Notice.ok(flash, messages.getMessage("admin.users.updated", new Object[]{username}, locale));
        return "redirect:/admin/users";
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private String refuse(RedirectAttributes flash, String key, Locale locale, Object... args) {
        Notice.error(flash, messages.getMessage(key, args, locale));
        return "redirect:/admin/users";
    }
}
