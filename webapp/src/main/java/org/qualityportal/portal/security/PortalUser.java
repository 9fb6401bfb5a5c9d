package org.qualityportal.portal.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as stored under {@code /users/<username>}.
 *
 * @param passwordHash bcrypt hash; never shown
 * @param lastModified when the node last changed, for the admin list (null for a new account)
 */
public record PortalUser(String username, String fullName, String email, Set<Role> roles, boolean enabled,
                         String passwordHash, Instant lastModified) {

    public PortalUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public PortalUser withRoles(Set<Role> newRoles) {
        return new PortalUser(username, fullName, email, newRoles, enabled, passwordHash, lastModified);
    }

    public PortalUser withEnabled(boolean on) {
        return new PortalUser(username, fullName, email, roles, on, passwordHash, lastModified);
    }

    public PortalUser withPasswordHash(String hash) {
        return new PortalUser(username, fullName, email, roles, enabled, hash, lastModified);
    }
}
