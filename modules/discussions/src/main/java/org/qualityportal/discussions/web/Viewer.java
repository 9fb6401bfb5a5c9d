package org.qualityportal.discussions.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.qualityportal.api.Account;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: a login and role ids ({@code expert}), or anonymous. Read from Spring Security, whose
 * session the portal keeps in step with the account (a changed role applies on the next request).
 */
public record Viewer(String login, Set<String> roles) {
    public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return new Viewer(auth.getName(), auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet()));
    }

    public boolean signedIn() {
        return login != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Editors, publishers (who are editors who may also publish) and admins run discussions. */
    public boolean editor() {
        return has(Account.EDITOR) || has(Account.PUBLISHER) || has(Account.ADMIN);
    }

    /** Moderators and admins moderate. */
    public boolean moderator() {
        return has(Account.MODERATOR) || has(Account.ADMIN);
    }

    public Optional<String> loginIfAny() {
        return Optional.ofNullable(login);
    }
}
