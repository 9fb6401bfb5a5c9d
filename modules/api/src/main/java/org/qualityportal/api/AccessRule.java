package org.qualityportal.api;

import java.util.Set;

/**
 * Who may call the URLs a module serves. The portal applies module rules before its own catch-all
 * "everyone may read", in the order the module lists them, so list the narrow patterns first.
 *
 * @param method  an HTTP method ({@code POST}) or null for any
 * @param pattern a path pattern as Spring's {@code PathPattern} reads it ({@code /discussions/*&#47;manage/**})
 * @param roles   role ids ({@code moderator}) any one of which is enough; empty means any signed-in user
 */
public record AccessRule(String method, String pattern, Set<String> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    /** Any signed-in user, any method. */
    public static AccessRule signedIn(String pattern) {
        return new AccessRule(null, pattern, Set.of());
    }

    /** One of the roles, any method. */
    public static AccessRule roles(String pattern, String... roles) {
        return new AccessRule(null, pattern, Set.of(roles));
    }
}
