package org.qualityportal.portal.admin;

import java.util.List;

/**
 * What the create-user form posts. Kept as typed and shown again on a validation error (all but
 * the password).
 */
public record UserForm(String username, String fullName, String email, List<String> roles, String password) {

    public UserForm {
        username = trim(username);
        fullName = trim(fullName);
        email = trim(email);
        roles = roles == null ? List.of() : List.copyOf(roles);
        password = password == null ? "" : password;
    }

    static UserForm empty() {
        return new UserForm("", "", "", List.of(), "");
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
