package org.qualityportal.portal.admin;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.security.PortalUser;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and roles for admins: list, create, enable or disable, reset a password, change roles; every
 * change is noted in the audit log under the account's path {@code /users/<login>}.
 */
@Controller
@RequestMapping("/admin")
class UsersController {
    private static final String USERS = "/admin/users";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UsersController(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping({"", "/"})
    String home() {
        return "redirect:" + USERS;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("users", accounts.all().stream().map(UserRow::of).toList());
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        return form(model, UserForm.empty(), Map.of());
    }

    @PostMapping("/users")
    String create(@ModelAttribute UserForm form, Principal me, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = UserValidation.ofNewUser(form, accounts);
        if (!errors.isEmpty()) {
            model.addAttribute("errorCount", errors.size());
            return form(model, form, errors);
        }
        Set<Role> roles = roles(form.roles());
        accounts.save(new PortalUser(form.username(), form.fullName(), form.email(), roles, true,
                encoder.encode(form.password()), null));
        audit.record(me.getName(), AuditAction.USER_CREATED, accountPath(form.username()), "Роли: " + labels(roles));
        redirect.addFlashAttribute("notice", "Пользователь «" + form.username() + "» создан.");
        return "redirect:" + USERS;
    }

    @GetMapping("/users/{username}")
    String edit(@PathVariable String username, Model model) {
        model.addAttribute("user", UserRow.of(existing(username)));
        model.addAttribute("allRoles", Role.values());
        return "admin/user";
    }

    @PostMapping("/users/{username}/roles")
    String changeRoles(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                       Principal me, Model model, RedirectAttributes redirect) {
        PortalUser user = existing(username);
        List<String> chosen = roles == null ? List.of() : roles;
        Optional<String> problem = UserValidation.roles(chosen);
        Set<Role> newRoles = problem.isPresent() ? Set.of() : roles(chosen);
        if (problem.isEmpty() && isSelf(user, me) && !newRoles.contains(Role.ADMIN)) {
            problem = Optional.of("Нельзя снять роль администратора с самого себя.");
        }
        if (problem.isPresent()) {
            model.addAttribute("user", UserRow.of(user));
            model.addAttribute("allRoles", Role.values());
            model.addAttribute("errors", Map.of("roles", problem.get()));
            return "admin/user";
        }
        accounts.save(user.withRoles(newRoles));
        audit.record(me.getName(), AuditAction.USER_CHANGED, accountPath(username), "Роли: " + labels(newRoles));
        redirect.addFlashAttribute("notice", "Роли пользователя «" + username + "» изменены.");
        return "redirect:" + USERS + "/" + username;
    }

    @PostMapping("/users/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, Principal me,
                  RedirectAttributes redirect) {
        PortalUser user = existing(username);
        if (!enabled && isSelf(user, me)) {
            redirect.addFlashAttribute("notice", "Нельзя отключить собственную учётную запись.");
            return "redirect:" + USERS;
        }
        accounts.save(user.withEnabled(enabled));
        audit.record(me.getName(), AuditAction.USER_CHANGED, accountPath(username),
                enabled ? "Учётная запись включена" : "Учётная запись отключена");
        redirect.addFlashAttribute("notice", "Пользователь «" + username + "» " + (enabled ? "включён." : "отключён."));
        return "redirect:" + USERS;
    }

    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                         Principal me, Model model, RedirectAttributes redirect) {
        PortalUser user = existing(username);
        Optional<String> problem = UserValidation.password(password);
        if (problem.isPresent()) {
            model.addAttribute("user", UserRow.of(user));
            model.addAttribute("allRoles", Role.values());
            model.addAttribute("errors", Map.of("password", problem.get()));
            return "admin/user";
        }
        accounts.save(user.withPasswordHash(encoder.encode(password)));
        audit.record(me.getName(), AuditAction.USER_CHANGED, accountPath(username), "Задан новый пароль");
        redirect.addFlashAttribute("notice", "Пароль пользователя «" + username + "» изменён.");
        return "redirect:" + USERS + "/" + username;
    }

    private String form(Model model, UserForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allRoles", Role.values());
        return "admin/user-new";
    }

    private PortalUser existing(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean isSelf(PortalUser user, Principal me) {
        return me != null && user.username().equals(me.getName());
    }

    /** How the audit log names an account: its node path. */
    private static String accountPath(String username) {
        return "/users/" + username;
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? "нет" : roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    private static Set<Role> roles(List<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ids.forEach(id -> Role.of(id).ifPresent(roles::add));
        return roles;
    }
}
