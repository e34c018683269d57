package io.scan2ledger.web.security;

import io.scan2ledger.access.Reader;
import io.scan2ledger.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A signed-in user: Spring's user details plus the channels and DV right that decide what they see. */
public class UserAccount extends User {

    public static final String DV_ACCESS = "DV_ACCESS";

    private final Reader reader;
    private final String displayName;

    public UserAccount(String username, String passwordHash, boolean enabled, Set<Role> roles, Set<String> channels,
                       boolean dvAccess, String displayName) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles, dvAccess));
        this.reader = new Reader(username, roles, channels, dvAccess);
        this.displayName = displayName == null ? username : displayName;
    }

    private static List<GrantedAuthority> authorities(Set<Role> roles, boolean dvAccess) {
        List<GrantedAuthority> out = new ArrayList<>();
        roles.forEach(r -> out.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (dvAccess) {
            out.add(new SimpleGrantedAuthority(DV_ACCESS));
        }
        return out;
    }

    public Reader reader() {
        return reader;
    }

    public String displayName() {
        return displayName;
    }
}
