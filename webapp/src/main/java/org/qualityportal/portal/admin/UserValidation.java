package org.qualityportal.portal.admin;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.UserAccounts;

/** Checks of the admin's user forms; each problem is a Russian message keyed by the field it belongs to. */
final class UserValidation {
    static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes of a password. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserValidation() {
    }

    static Map<String, String> ofNewUser(UserForm form, UserAccounts accounts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.username().isEmpty()) {
            errors.put("username", "Укажите имя пользователя.");
        } else if (!UserAccounts.isValidUsername(form.username())) {
            errors.put("username", "Имя пользователя: строчные латинские буквы, цифры, дефис и подчёркивание, "
                    + "не длиннее 32 знаков, начинается с буквы или цифры.");
        } else if (accounts.find(form.username()).isPresent()) {
            errors.put("username", "Пользователь с таким именем уже есть.");
        }
        if (form.fullName().isEmpty()) {
            errors.put("fullName", "Укажите фамилию, имя и отчество.");
        } else if (form.fullName().length() > 200) {
            errors.put("fullName", "Не длиннее 200 знаков.");
        }
        if (form.email().isEmpty()) {
            errors.put("email", "Укажите адрес электронной почты.");
        } else if (form.email().length() > 254 || !EMAIL.matcher(form.email()).matches()) {
            errors.put("email", "Адрес электронной почты указан неверно, пример: ivanova@example.ru.");
        }
        roles(form.roles()).ifPresent(message -> errors.put("roles", message));
        password(form.password()).ifPresent(message -> errors.put("password", message));
        return errors;
    }

    /** A self-registration: the checks of a new account, with the participant role the form does not show. */
    static Map<String, String> ofRegistration(UserForm form, UserAccounts accounts) {
        return ofNewUser(new UserForm(form.username(), form.fullName(), form.email(), List.of(Role.PARTICIPANT.id()),
                form.password()), accounts);
    }

    static Optional<String> roles(Collection<String> roles) {
        if (roles.isEmpty()) {
            return Optional.of("Выберите хотя бы одну роль.");
        }
        if (roles.stream().anyMatch(r -> Role.of(r).isEmpty())) {
            return Optional.of("Неизвестная роль.");
        }
        return Optional.empty();
    }

    static Optional<String> password(String password) {
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("Пароль не короче " + MIN_PASSWORD + " знаков.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("Пароль слишком длинный: не больше 72 латинских или 36 русских букв.");
        }
        return Optional.empty();
    }
}
