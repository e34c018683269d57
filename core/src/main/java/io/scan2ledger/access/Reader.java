package io.scan2ledger.access;

import io.scan2ledger.document.Document;

import java.util.Set;

/**
 * Who is looking, and what they may see.
 *
 * @param channels  the channels a clerk works in; empty means all (supervisors and admins see all)
 * @param dvAccess  may see documents of DV-protected residents (domestic-violence support measures)
 */
public record Reader(String username, Set<Role> roles, Set<String> channels, boolean dvAccess) {

    public Reader {
        roles = Set.copyOf(roles);
        channels = Set.copyOf(channels);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Supervisors and admins see every channel; a clerk only their own (all, if none are set). */
    public Set<String> visibleChannels() {
        return has(Role.SUPERVISOR) || has(Role.ADMIN) ? Set.of() : channels;
    }

    /**
     * Whether this reader may see the document at all. Callers answer "not found" when not, so that
     * the existence of a DV-protected resident's document is not revealed either.
     */
    public boolean canSee(Document document) {
        if (document.dvProtected() && !dvAccess) {
            return false;
        }
        Set<String> visible = visibleChannels();
        return visible.isEmpty() || visible.contains(document.channel());
    }
}
