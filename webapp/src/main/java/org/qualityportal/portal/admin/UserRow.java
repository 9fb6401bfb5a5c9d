package org.qualityportal.portal.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.qualityportal.portal.security.PortalUser;
import org.qualityportal.portal.security.Role;

/** One account as the admin pages print it. */
public record UserRow(String username, String fullName, String email, List<String> roles, List<String> roleLabels,
               boolean enabled, String lastModified) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    static UserRow of(PortalUser user) {
        List<Role> roles = Arrays.stream(Role.values()).filter(user::has).toList();
        return new UserRow(user.username(), user.fullName() == null ? "" : user.fullName(),
                user.email() == null ? "" : user.email(), roles.stream().map(Role::id).toList(),
                roles.stream().map(Role::label).toList(), user.enabled(),
                user.lastModified() == null ? "" : DATE.format(user.lastModified()));
    }
}
